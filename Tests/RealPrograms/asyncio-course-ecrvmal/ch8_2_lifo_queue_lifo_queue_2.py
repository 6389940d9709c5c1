# Source: https://github.com/ecrvmal/asyncio_course/blob/0df0b124f44a5e05c472e93f4c4e9f04c2db59db/Chapter_8_Queue/8_2%20LIFO_Queue/LIFO_queue_2.py
# (a Russian-language asyncio course, chapters on tasks, primitives and queues) by Vladimir Malchevskiy (ecrvmal).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def worker(name, lifo_queue):
    while True:
        task = await lifo_queue.get()                    # Получаем задание из очереди
        print(f"Рабочий_{name}. получил задачу: {task}")
        await asyncio.sleep(0.5)                         # Обрабатываем задание
        print(lifo_queue.qsize())
        # if name != "1":
        lifo_queue.task_done()                           # Отправляем сигнал, что задание выполнено


async def main():
    lifo_queue = asyncio.LifoQueue()                      # Создаем очередь
    for i in range(10):
        await lifo_queue.put(i)                           # Заполняем очередь заданиями

    workers = [asyncio.create_task(worker(f"{i}", lifo_queue)) for i in range(3)]  # Создаем несколько задач-рабочих
    await lifo_queue.join()                               # Ждем, пока все задания не будут выполнены
    for w in workers:                                     # Останавливаем задачи-рабочие
        w.cancel()


if __name__ == "__main__":
    asyncio.run(main())