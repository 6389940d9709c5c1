# Source: https://github.com/oomsinkup987/Asynchronous.io/blob/c7ec41f3b09f1602c3c5b8b2b75747fd49b7d57d/class-5-chess/1-non-async.py
# (exercises after Jason Brownlee's "Python Asyncio" guide, superfastpython.com, by GitHub user oomsinkup987).
# Adapted: nothing; the file is unmodified below this header.
import time


def main(x):
    print(f"Starting task {x}")
    # Here we are doing a task that takes 3 seconds to complete
    time.sleep(3)
    print(f"Finished task {x}")


if __name__ == "__main__":
    start_time = time.perf_counter()
    # We run this task 10 times.
    for i in range(10):
        main(i)
    print(f"Took {time.perf_counter() - start_time} secs")