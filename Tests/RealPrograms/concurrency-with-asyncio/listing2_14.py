# Source: https://github.com/horw/Python_Concurrency_With_Asyncio/blob/fc6b29cc13ab2293540530af19f78bd386f77fcf/chapter_2/listing2_14.py
# (listings of "Python Concurrency with Asyncio" by Matthew Fowler, typed in by GitHub user horw).
# Adapted: nothing; the file is unmodified below this header.
from asyncio import Future


my_future = Future()

print(f'Is my future done? {my_future.done()}')
print(f'What is result of my_future {my_future.result()}')

