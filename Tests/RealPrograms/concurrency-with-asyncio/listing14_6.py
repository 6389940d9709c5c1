# Source: https://github.com/horw/Python_Concurrency_With_Asyncio/blob/fc6b29cc13ab2293540530af19f78bd386f77fcf/chapter_14/listing14_6.py
# (listings of "Python Concurrency with Asyncio" by Matthew Fowler, typed in by GitHub user horw).
# Adapted: nothing; the file is unmodified below this header.
from typing import Generator


def generator(start: int, end: int):
    for i in range(start, end):
        yield i


one_to_five = generator(1, 5)
five_to_ten = generator(5, 10)

def run_generator_step(gen: Generator[int, None, None]):
    try:
        return gen.send(None)
    except StopIteration as si:
        return si.value


while True:
    one_to_five_result = run_generator_step(one_to_five)
    five_to_ten_result = run_generator_step(five_to_ten)
    print(one_to_five_result)
    print(five_to_ten_result)

    if one_to_five_result is None and five_to_ten_result is None:
        break

