# Source: https://github.com/ralphribeiro/using-asyncio-in-python/blob/0eb1a72066334c627418499a25aecdca99db854f/src/chapter%203/ex15.py
# Examples of "Using Asyncio in Python" by Caleb Hattingh (O'Reilly 2020), as typed in by Ralph Ribeiro while studying the book.
# Adapted: nothing; the file is unmodified below this header.
from asyncio import Future

f = Future()
print(f.done())
