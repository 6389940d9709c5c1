# Source: https://github.com/pepemxl/asyncio_by_example/blob/c243321bf280ec9a7cd148563bb5c878833c58e7/src/capitulo_02/section_05/01_futures.py
# (a Spanish-language "asyncio by example" course, by GitHub user pepemxl).
# Adapted: nothing; the file is unmodified below this header.
from asyncio import Future

my_future = Future()
print(f'my_future termino? {my_future.done()}')
my_future.set_result(42)
print(f'my_future termino? {my_future.done()}')
print(f'Cual es el resultado de my_future? {my_future.result()}')
