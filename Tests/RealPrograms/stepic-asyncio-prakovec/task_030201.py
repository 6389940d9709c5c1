# Source: https://github.com/prakovec/stepic_asyncio_course/blob/21fd4060ea2606c0117043d602c968435f212d77/03/task_030201.py
# (solutions and lesson code of a Russian-language asyncio course on stepik.org, by GitHub user prakovec).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

async def read_book(student, time):
    print(f"{student} начал читать книгу.")
    await asyncio.sleep(time)
    print(f"{student} закончил читать книгу за {time} секунд.")


async def main():
    # Создаем задачи для асинхронного выполнения
    alex = asyncio.create_task(read_book('Алекс', 5))
    mary = asyncio.create_task(read_book('Мария', 3))
    ivan = asyncio.create_task(read_book('Иван', 4))
    
    # asyncio.gather(alex, mary, ivan)
    await asyncio.gather(alex, mary, ivan)


asyncio.run(main())
