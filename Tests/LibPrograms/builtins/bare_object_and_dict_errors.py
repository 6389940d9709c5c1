# A bare object() has no __dict__ (sentinels compare by identity, hash and
# print as usual); dict() of non-pairs reports the element.
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(hasattr(o, "__dict__"), o == o, o != object(), type(o).__name__, str(o).startswith("<object object at 0x"))
print(len({o: 1, object(): 2}))
for bad in ([1, 2], [(1, 2), 3], ["ab", (1,)]):
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
