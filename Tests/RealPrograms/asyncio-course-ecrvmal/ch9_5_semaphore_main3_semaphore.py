# Source: https://github.com/ecrvmal/asyncio_course/blob/0df0b124f44a5e05c472e93f4c4e9f04c2db59db/Chapter_9_Primitives/9_5_Semaphore/main3_semaphore.py
# (a Russian-language asyncio course, chapters on tasks, primitives and queues) by Vladimir Malchevskiy (ecrvmal).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


sem = asyncio.Semaphore(3)                          # Семафоры используются для ограничения одновременно выполняемых задач до указанного количества (в данном случае до трех)

async def task(id):
    async with sem:                                 # Контекстный менеджер используется для автоматического освобождения ресурсов после использования
        print(f'Задача {id} начала выполнение')     # Информируем о начале выполнения задачи
        await asyncio.sleep(1)                      # Имитируем работу задачи, приостанавливая выполнение на 1 секунду
        print(f'Задача {id} завершила выполнение')  # Информируем о завершении выполнения задачи


async def main():
    tasks = [task(i) for i in range(50)]            # Создаем список из 50 задач
    await asyncio.gather(*tasks)                    # Используем asyncio.gather для одновременного выполнения всех задач

# Запускаем все задачи
asyncio.run(main())
