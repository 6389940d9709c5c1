# Class instantiation: many short-lived objects through __init__ chains
# with super(), class attributes, __eq__/__hash__ used by a set and a dict.
class Shape:
    kind = "shape"

    def __init__(self, name):
        self.name = name


class Rect(Shape):
    kind = "rect"

    def __init__(self, w, h):
        super().__init__("r")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    kind = "square"

    def __init__(self, side):
        super().__init__(side, side)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))


area = 0
kinds = {}
for i in range(800000):
    s = Square(i % 13) if i % 2 else Rect(i % 7, i % 11)
    area += s.area()
    kinds[s.kind] = kinds.get(s.kind, 0) + 1
seen = set()
for i in range(660000):
    seen.add(Point(i % 300, i % 7))
print(area, sorted(kinds.items()), len(seen), Point(1, 2) in seen)
