# A repetition count beyond a machine word raises OverflowError before any
# size check, whichever side the count is on (CPython 3.11).
for e in ['"a" * -10**30', '"ab" * 2**63', '[1] * 2**63', 'b"a" * 10**30', '10**30 * "a"',
          '(1,) * 2**64', 'bytearray(b"a") * 2**64']:
    try:
        eval(e)
    except Exception as x:
        print(e, type(x).__name__, x)
x = [1]
try:
    x *= 2**70
except OverflowError as e:
    print("inplace", e)
