# Source: https://github.com/oomsinkup987/Asynchronous.io/blob/c7ec41f3b09f1602c3c5b8b2b75747fd49b7d57d/1-1-simple-sync.py
# (exercises after Jason Brownlee's "Python Asyncio" guide, superfastpython.com, by GitHub user oomsinkup987).
# Adapted: nothing; the file is unmodified below this header.
#1-1-simple-sync.py
import time 

def sleep():
    print(f'Time: {time.time() - start:.2f}')
    time.sleep(1)

#
def sum(name, numbers):
    total = 0
    for number in numbers:
        print(f'Task {name}: Computing {total}+{number}')
        sleep()
        total += number

        #
        print(f'Task {name}: Sum = {total}\n')

start = time.time()
#

task = [
    sum("A", [1, 2]),
    sum("B", [1, 2, 3])
]
end = time.time()
print(f'Time: {end-start:.2f} sec')