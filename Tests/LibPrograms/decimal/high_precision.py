# Precision beyond the interpreter's int/str digit limit (4,300): the C module
# has no such limit, so coefficients of thousands of digits print and parse.
from decimal import Decimal, getcontext
getcontext().prec = 6000
x = Decimal(1) / Decimal(7)
s = str(x)
print(len(s), s[:12], s[-5:])
y = Decimal("1." + "3" * 5000)
print(str(y * 3)[:8], len(str(y)))
getcontext().prec = 50
print(Decimal(2).sqrt())
print(f"{Decimal(1)/Decimal(3):.10f}")
getcontext().prec = 6000
print(len(f"{Decimal(1)/Decimal(3):f}"), len(format(Decimal(2).sqrt(), 'e')))
