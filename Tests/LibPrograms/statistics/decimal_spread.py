# stdev/pstdev of Decimal data are correctly rounded Decimals (not floats);
# harmonic_mean of one Decimal returns it; a non-finite spread has no
# numerator, so stdev raises AttributeError as CPython 3.11 does.
import asyncio
import statistics
from decimal import Decimal, localcontext
from fractions import Fraction


async def prices(shop, values, delay):
    await asyncio.sleep(delay)
    return shop, [Decimal(v) for v in values]


async def main():
    shops = await asyncio.gather(prices('north', ['19.99', '21.50', '18.75', '20.10'], 0.2),
                                 prices('south', ['5.05', '4.95'], 0.1),
                                 prices('east', ['-2.59', '4.09', '16.31', '16.98'], 0.3))
    for shop, xs in shops:
        print(shop, statistics.stdev(xs), statistics.pstdev(xs), statistics.variance(xs), statistics.mean(xs))
    with localcontext(prec=6):
        print(statistics.stdev([Decimal(1), Decimal(2), Decimal(4)]), statistics.pstdev([Decimal('0.1'), Decimal('0.3')]))
    print(statistics.pstdev([Decimal(7)]), statistics.stdev([Decimal(2), Decimal(2)]), statistics.stdev([1, 2, 4]), statistics.pstdev([Fraction(1, 3), Fraction(2, 3)]))
    print(statistics.harmonic_mean([Decimal('19.8')]), statistics.harmonic_mean([Fraction(3, 4)]), statistics.harmonic_mean([2.5]))
    for bad in ([Decimal('-1')], ['x']):
        try:
            statistics.harmonic_mean(bad)
        except (statistics.StatisticsError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        statistics.stdev([1.0, float('inf')])
    except AttributeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
