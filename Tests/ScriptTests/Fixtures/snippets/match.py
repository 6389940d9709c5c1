match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case [*_]:
        pass
    case _:
        pass

match point:
    case Point(x=0, y=0):
        print("Origin")
    case Point(0, y=yy) as p if yy > 0:
        pass
    case Point():
        pass
    case (1, 2) | (3, 4):
        pass
    case (x,):
        pass
    case ():
        pass
    case []:
        pass
    case {"x": 1, "y": y, **rest}:
        pass
    case {}:
        pass
    case {Color.RED: _, 2: [a, b], None: c, -1: d}:
        pass
    case 1 | -2 | 3.5 | "s" | b"b" | "a" "b":
        pass
    case None | True | False:
        pass
    case Color.RED | mod.Color.GREEN:
        pass
    case (a as b) as c:
        pass
    case [a, (b, c), *rest]:
        pass
    case str() | int(x):
        pass
    case (x):
        pass
    case [x, y,]:
        pass
    case x if x > 0:
        pass

match a, b:
    case 1, 2:
        pass
    case *x, y:
        pass

match (a, b):
    case (1, *_):
        pass

match = 1
match.x = 2
match(x)
match[x]
case = 3
_ = 4
print(match, case, _)
match -x:
    case -1:
        pass
match x,:
    case _:
        pass
