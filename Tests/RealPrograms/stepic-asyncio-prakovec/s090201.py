# Source: https://github.com/prakovec/stepic_asyncio_course/blob/21fd4060ea2606c0117043d602c968435f212d77/09/090201.py
# (solutions and lesson code of a Russian-language asyncio course on stepik.org, by GitHub user prakovec).
# Adapted: nothing; the file is unmodified below this header.
"""
В этом примере await lock.acquire() используется для захвата блокировки, что приводит к остановке выполнения кода в текущей корутине, пока блокировка не будет освобождена. После выполнения кода в блоке try блокировка освобождается с помощью lock.release().
"""

import asyncio

# Создание объекта Lock
lock = asyncio.Lock()

# определение корутины "my_task" с аргументом "task_id"
async def my_task(task_id):
    # Вывод сообщения о том, что задача ждет блокировки
    print(f"Задача {task_id} ожидает блокировки с помощью Lock")

    # Ожидание получения блокировки
    await lock.acquire()

    try:
        # Вывод сообщения о том, что задача получила блокировку
        print(f"Задача {task_id} получила блокировку")

        # Остановка выполнения корутины на 2 секунды
        await asyncio.sleep(2)

    finally:
        # Вывод сообщения о том, что задача освобождает блокировку
        print(f"Задача {task_id} блокировка снята")

        # Освобождение блокировки
        lock.release()

# Определение главной корутины
async def main():
    # Создание списка задач из 5 вызовов "my_task"
    tasks = [asyncio.create_task(my_task(i)) for i in range(5)]

    # Запуск всех корутин
    await asyncio.gather(*tasks)


# Запуск главной корутины
asyncio.run(main())
