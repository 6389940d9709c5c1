# builtin methods called through the class without (or with a wrong) self

tests = [lambda: str.upper(), lambda: list.append(), lambda: str.upper(1), lambda: list.append(1, 2),
         lambda: dict.get(), lambda: dict.get([], 1), lambda: str.join(), lambda: str.split(5),
         lambda: int.bit_length(), lambda: int.bit_length("x"), lambda: set.add(), lambda: set.add([], 1),
         lambda: tuple.count(), lambda: tuple.count([], 1), lambda: float.is_integer(), lambda: float.is_integer(1),
         lambda: bytes.hex(), lambda: bytes.hex("x"), lambda: list.sort(), lambda: list.sort(()),
         lambda: dict.keys(), lambda: dict.fromkeys(), lambda: str.maketrans(), lambda: object.__init__(),
         lambda: str.__len__(), lambda: list.__getitem__(), lambda: str.format(), lambda: str.startswith(3, "a"),
         lambda: list.copy(()), lambda: dict.items(5), lambda: str.upper(None), lambda: int.to_bytes(),
         lambda: frozenset.union(), lambda: str.__add__(), lambda: list.pop(), lambda: list.pop({}),
         lambda: str.lower(b"x"), lambda: dict.setdefault(), lambda: str.encode(), lambda: float.hex()]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
# str.maketrans / str.translate
for f in [lambda: str.maketrans(1), lambda: str.maketrans({'ab': 1}), lambda: str.maketrans({1.5: 1}),
          lambda: str.maketrans('a', 'bc'), lambda: str.maketrans(1, 'b'), lambda: str.maketrans('a', 2),
          lambda: str.maketrans('a', 'b', 3), lambda: 'a'.translate({97: 1.5}), lambda: 'a'.translate({97: 0x110000}),
          lambda: str.maketrans({'a': 'xyz', 98: None, 99: 100}), lambda: 'abcd'.translate(str.maketrans('ab', 'xy', 'd')),
          lambda: 'abc'.translate([None, 'q']), lambda: 'abc'.translate(5), lambda: 'hello'.translate({ord('l'): 'L'}),
          lambda: "Hello, World!".translate(str.maketrans('', '', ',!'))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
