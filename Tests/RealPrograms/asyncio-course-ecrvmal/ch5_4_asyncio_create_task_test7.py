# Source: https://github.com/ecrvmal/asyncio_course/blob/0df0b124f44a5e05c472e93f4c4e9f04c2db59db/Chapter_5_Asyncio_basics/5_4_asyncio_create_task/test7.py
# (a Russian-language asyncio course, chapters on tasks, primitives and queues) by Vladimir Malchevskiy (ecrvmal).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def monitor_cpu(status_list):
    for status in status_list:
        task_name = asyncio.current_task().get_name()
        print(f"[{task_name}] Статус проверки: {status}")
        if status == "Катастрофически":
            print(f"[{task_name}] Критическое состояние достигнуто. Инициируется остановка...")
            break
        await asyncio.sleep(0.1)


async def monitor_memory(status_list):
    for status in status_list:
        task_name = asyncio.current_task().get_name()
        print(f"[{task_name}] Статус проверки: {status}")
        if status == "Катастрофически":
            print(f"[{task_name}] Критическое состояние достигнуто. Инициируется остановка...")
            break
        await asyncio.sleep(0.1)


async def monitor_disk_space(status_list):
    for status in status_list:
        task_name = asyncio.current_task().get_name()
        print(f"[{task_name}] Статус проверки: {status}")
        if status == "Катастрофически":
            print(f"[{task_name}] Критическое состояние достигнуто. Инициируется остановка...")
            break
        await asyncio.sleep(0.1)

async def main():
    status_list = [
        "Отлично", "Хорошо", "Удовлетворительно", "Средне",
        "Пониженное", "Ниже среднего", "Плохо", "Очень плохо",
        "Критично", "Катастрофически"
    ]

    task_cpu = asyncio.create_task(monitor_cpu(status_list), name='CPU')
    task_memory = asyncio.create_task(monitor_memory(status_list), name='Память')
    task_disk_space = asyncio.create_task(monitor_disk_space(status_list), name='Дисковое пространство')
    await asyncio.gather(task_cpu, task_memory, task_disk_space)


asyncio.run(main())