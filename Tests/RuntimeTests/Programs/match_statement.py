class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def describe(v):
    match v:
        case 0 | 1:
            return 'small'
        case [x, y, *rest]:
            return f'seq {x} {y} {rest}'
        case {'kind': 'circle', 'r': r, **others}:
            return f'circle {r} {others}'
        case Point(0, y):
            return f'on y axis at {y}'
        case Point(x=x, y=y) if x == y:
            return f'diagonal {x}'
        case Point():
            return 'some point'
        case str() as s:
            return 'string ' + s
        case None:
            return 'none'
        case _:
            return 'other'
for v in [0, 1, [1, 2], [1, 2, 3, 4], {'kind': 'circle', 'r': 2, 'c': 'red'},
          Point(0, 5), Point(3, 3), Point(1, 2), 'hi', None, 3.5, (7,)]:
    print(describe(v))
