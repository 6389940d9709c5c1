a = [x for x in range(10)]
b = [x * y for x in range(3) for y in range(3) if x if y]
c = {x: y for x, y in items}
d = {x for x in s}
e = (x for x in g)
f = sum(x for x in g)
g = [y := f(x), y ** 2]
h = [y for x in data if (y := f(x)) is not None]
async def af():
    i = [x async for x in ag()]
    j = {k: v async for k, v in ag()}
    k = (x async for x in ag())
    l = [await x for x in coros]
    m = [x for x in xs if await pred(x)]
n = [[x for x in row] for row in matrix]
o = [(a, b) for a, *b in pairs]
p = [x for x in a if x > 0 if x < 10]
r = [x for x in (1, 2)]
