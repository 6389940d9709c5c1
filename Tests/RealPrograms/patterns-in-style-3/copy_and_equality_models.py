# Source: written for Interleave's corpus in the style of object-model tutorials (copy/deepcopy hooks, __eq__/__hash__ contracts, sets of value objects) (not from a public source)
# Adapted: nothing
import copy
from dataclasses import dataclass, field


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = list(children or [])
        self.parent = None
        for c in self.children:
            c.parent = self

    def __repr__(self):
        return f"Node({self.name!r}, {len(self.children)} children)"

    def walk(self, depth=0):
        yield depth, self
        for c in self.children:
            yield from c.walk(depth + 1)


class Tracked:
    copies = 0

    def __init__(self, data):
        self.data = data

    def __copy__(self):
        Tracked.copies += 1
        new = type(self).__new__(type(self))
        new.data = self.data
        return new

    def __deepcopy__(self, memo):
        Tracked.copies += 10
        new = type(self).__new__(type(self))
        memo[id(self)] = new
        new.data = copy.deepcopy(self.data, memo)
        return new


class Money:
    def __init__(self, cents, cur="EUR"):
        self.cents, self.cur = cents, cur

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.cur) == (other.cents, other.cur)

    def __hash__(self):
        return hash((self.cents, self.cur))

    def __repr__(self):
        return f"{self.cents / 100:.2f}{self.cur}"


class NoHash:
    def __eq__(self, other):
        return True


@dataclass(frozen=True)
class Tag:
    name: str
    weight: int = field(default=1, compare=False)


@dataclass(eq=True)
class Box:
    items: list


@dataclass(unsafe_hash=True)
class Cell:
    row: int
    col: int
    note: str = field(default="", hash=False, compare=False)


def main():
    root = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
    shallow = copy.copy(root)
    deep = copy.deepcopy(root)
    print(shallow.children is root.children, deep.children is root.children)
    print(deep.children[0].parent is deep, deep.children[0].parent is root, shallow.children[0].parent is root)
    deep.children[0].name = "A"
    print([f"{'  ' * d}{n.name}" for d, n in root.walk()], [n.name for _, n in deep.walk()])

    t = Tracked({"k": [1, 2]})
    t2 = copy.copy(t)
    t3 = copy.deepcopy([t, t])
    print(t2.data is t.data, t3[0] is t3[1], t3[0].data is t.data, Tracked.copies)

    prices = {Money(100), Money(100), Money(250), Money(100, "USD")}
    print(len(prices), Money(100) in prices, Money(100) == Money(100), Money(1) != Money(2), Money(1) == 1)
    print(sorted(prices, key=lambda m: (m.cur, m.cents)))
    try:
        {NoHash()}
    except TypeError as exc:
        print("TypeError:", exc)
    print(NoHash.__hash__ is None, NoHash() == 5)
    tags = {Tag("x", 1), Tag("x", 99), Tag("y")}
    print(len(tags), Tag("x", 1) == Tag("x", 2), sorted(t.name for t in tags))
    try:
        hash(Box([1]))
    except TypeError as exc:
        print("TypeError:", exc)
    print(Box([1]) == Box([1]), Box([1]) == [1])
    cells = {Cell(1, 2, "a"): "first", Cell(1, 2, "b"): "second"}
    print(cells, Cell(0, 0) == Cell(0, 0, "note"))
    original = {"config": {"retries": [1, 2, 3]}, "name": "svc"}
    clone = copy.deepcopy(original)
    clone["config"]["retries"].append(4)
    print(original, clone)
    cyc = [1]
    cyc.append(cyc)
    dc = copy.deepcopy(cyc)
    print(dc, dc[1] is dc, cyc == cyc)
    print(copy.copy((1, [2])) is not None, copy.deepcopy((1, 2)) == (1, 2), copy.replace if hasattr(copy, "replace") else "no copy.replace")


main()
