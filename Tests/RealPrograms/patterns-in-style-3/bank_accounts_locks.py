# Source: written for Interleave's corpus in the style of race-condition teaching examples (Lock, Decimal money, transfers, deadlock avoidance) (not from a public source)
# Adapted: nothing
import asyncio
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, getcontext, localcontext, InvalidOperation


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = Decimal(balance)
        self.lock = asyncio.Lock()
        self.ledger = []

    def __repr__(self):
        return f"Account({self.name!r}, {self.balance})"


async def unsafe_deposit(acct, amount):
    current = acct.balance
    await asyncio.sleep(0.001)
    acct.balance = current + amount


async def safe_deposit(acct, amount):
    async with acct.lock:
        current = acct.balance
        await asyncio.sleep(0.001)
        acct.balance = current + amount


async def transfer(src, dst, amount):
    amount = Decimal(amount)
    first, second = sorted([src, dst], key=lambda a: a.name)
    async with first.lock:
        await asyncio.sleep(0.01)
        async with second.lock:
            if src.balance < amount:
                raise InsufficientFunds(f"{src.name} has {src.balance}, needs {amount}")
            src.balance -= amount
            dst.balance += amount
            src.ledger.append(-amount)
            dst.ledger.append(amount)
    return f"{src.name}->{dst.name} {amount}"


async def main():
    a = Account("alice", "100.00")
    await asyncio.gather(*(unsafe_deposit(a, Decimal("1.10")) for _ in range(10)))
    print("unsafe:", a)
    b = Account("bob", "100.00")
    await asyncio.gather(*(safe_deposit(b, Decimal("1.10")) for _ in range(10)))
    print("safe:", b)

    c = Account("carol", "5")
    results = await asyncio.gather(
        transfer(b, c, "20.50"), transfer(c, b, "3"), transfer(c, a, "100"), transfer(a, b, "0.01"),
        return_exceptions=True)
    for r in results:
        print(" ", r if isinstance(r, str) else f"{type(r).__name__}: {r}")
    for acct in (a, b, c):
        print(acct, acct.ledger, sum(acct.ledger, Decimal(0)))
    total = a.balance + b.balance + c.balance
    print("total", total, total.quantize(Decimal("1.")), a.lock.locked())

    print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    print(Decimal(0.1), Decimal("0.1") + Decimal("0.2"), Decimal("1") / Decimal("3"), Decimal("10") ** -2)
    with localcontext() as ctx:
        ctx.prec = 5
        print(Decimal(1) / Decimal(7), Decimal("123456789") * 1)
    print(getcontext().prec, Decimal("1.30").normalize(), Decimal("-0"), Decimal("1e3"), Decimal("1E+3").to_integral_value())
    print(Decimal("3.14159").as_tuple(), Decimal("7.5") // 2, Decimal("7.5") % 2, divmod(Decimal("-7"), 2), round(Decimal("2.5")), round(Decimal("2.567"), 2))
    print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("1.25")]), max(Decimal("1"), Decimal("1.0")), Decimal("1.0") == 1, Decimal(5) > 4.5)
    print(f"{Decimal('1234.5'):,.2f} {Decimal('0.5'):.0%} {Decimal('-3.7'):>8} {Decimal('12.3456'):.2E}")
    try:
        Decimal("abc")
    except InvalidOperation as exc:
        print("InvalidOperation:", type(exc).__mro__[1].__name__)
    print(Decimal("1.1").is_signed(), Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100, int(Decimal("-3.9")), float(Decimal("2.5")))
    print(sum([Decimal("0.10")] * 3), Decimal("100").sqrt(), Decimal(2).sqrt(), Decimal("1.000").quantize(Decimal("0.1"), rounding=ROUND_HALF_EVEN))


asyncio.run(main())
