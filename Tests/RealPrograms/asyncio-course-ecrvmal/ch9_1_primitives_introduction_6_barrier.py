# Source: https://github.com/ecrvmal/asyncio_course/blob/0df0b124f44a5e05c472e93f4c4e9f04c2db59db/Chapter_9_Primitives/9_1_Primitives_introduction/6_Barrier.py
# (a Russian-language asyncio course, chapters on tasks, primitives and queues) by Vladimir Malchevskiy (ecrvmal).
# Adapted: the unseeded `random` is seeded with 0 (the line marked "adapted") so that the output is reproducible.
import asyncio
import random
random.seed(0)  # adapted


async def worker(barrier, worker_num):
    print(f'Работник {worker_num} начал свою работу')
    await asyncio.sleep(random.randint(1,4))  # Имитируем выполнение работы
    print(f'Работник {worker_num} дошел до барьера и ожидает остальных')
    await barrier.wait()  # Ожидаем, пока все работники не завершат свою работу
    print(f'Все работники дошли до барьера. Работник {worker_num} продолжает выполнение.')

async def main():
    barrier = asyncio.Barrier(3)  # Создаем барьер для 3х работников
    await asyncio.gather(
        worker(barrier, 1),
        worker(barrier, 2),
        worker(barrier, 3),
    )

asyncio.run(main())

# Работник 1 начал свою работу
# Работник 2 начал свою работу
# Работник 3 начал свою работу
# Работник 2 дошел до барьера и ожидает остальных
# Работник 1 дошел до барьера и ожидает остальных
# Работник 3 дошел до барьера и ожидает остальных
# Все работники дошли до барьера. Работник 3 продолжает выполнение.
# Все работники дошли до барьера. Работник 2 продолжает выполнение.
# Все работники дошли до барьера. Работник 1 продолжает выполнение.

