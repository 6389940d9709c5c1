# Source: https://github.com/ecrvmal/asyncio_course/blob/0df0b124f44a5e05c472e93f4c4e9f04c2db59db/Chapter_9_Primitives/9_5_Semaphore/main2_semaphore.py
# (a Russian-language asyncio course, chapters on tasks, primitives and queues) by Vladimir Malchevskiy (ecrvmal).
# Adapted: the unseeded `random` is seeded with 0 (the line marked "adapted") so that the output is reproducible.
from random import random
__import__("random").seed(0)  # adapted
import asyncio


async def task(semaphore, number):
    async with semaphore:                               # Используется контекстный менеджер, чтобы автоматически освободить семафор после использования
        value = random()                                # Используем функцию random() для получения случайного значения от 0 до 1
        await asyncio.sleep(value)                      # Приостанавливаем выполнение корутины на случайное количество времени
        print(f'Задача {number} получила {value}')      # Информируем о полученном случайном значении


async def main():
    semaphore = asyncio.Semaphore(2)                    # Ограничиваем количество одновременно выполняемых задач до двух
    tasks = [asyncio.create_task(task(semaphore, i)) for i in range(10)]   # Создаем список из 10 асинхронных задач
    await asyncio.wait(tasks)                           # Ожидаем завершения всех задач, используя функцию asyncio.wait

# Запускаем asyncio программу
asyncio.run(main())