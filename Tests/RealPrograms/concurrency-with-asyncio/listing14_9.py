# Source: https://github.com/horw/Python_Concurrency_With_Asyncio/blob/fc6b29cc13ab2293540530af19f78bd386f77fcf/chapter_14/listing14_9.py
# (listings of "Python Concurrency with Asyncio" by Matthew Fowler, typed in by GitHub user horw).
# Adapted: the program runs as one file, so the helper it imports from the book's repository (chapter_14/listing14_8.py) is inlined (lines marked "adapted"); nothing else changed.
# from chapter_14.listing14_8 import CustomFuture  # adapted: inlined below
class CustomFuture:  # adapted

    def __init__(self):  # adapted
        self._result = None  # adapted
        self._is_finished = False  # adapted
        self._done_callback = None  # adapted

    def result(self):  # adapted
        return self._result  # adapted

    def is_finished(self):  # adapted
        return self._is_finished  # adapted

    def set_result(self, result):  # adapted
        self._result = result  # adapted
        self._is_finished = True  # adapted
        if self._done_callback:  # adapted
            self._done_callback(result)  # adapted

    def add_done_callback(self, fn):  # adapted
        self._done_callback = fn  # adapted

    def __await__(self):  # adapted
        if not self._is_finished:  # adapted
            yield self  # adapted
        return self.result()  # adapted


future = CustomFuture()

i = 0

while True:
    try:
        print('Checking future...')
        gen = future.__await__()
        gen.send(None)
        print('Future is not done')
        if i == 1:
            print('Setting future value')
            future.set_result('Finished')
        i = i + 1
    except StopIteration as si:
        print(f'Value is: {si.value}')
        break
