# Source: https://github.com/prakovec/stepic_asyncio_course/blob/21fd4060ea2606c0117043d602c968435f212d77/09/task_090401.py
# (solutions and lesson code of a Russian-language asyncio course on stepik.org, by GitHub user prakovec).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

users = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eva', 'Frank', 'George', 'Helen', 'Ivan', 'Julia']

async def access_db(user, condition):
    
    print(f'Пользователь {user} ожидает доступа к базе данных')

    async with condition:
        await asyncio.sleep(1)
        print(f'Пользователь {user} подключился к БД')
        print(f'Пользователь {user} отключается от БД')
        condition.notify()  # Оповещаем следующего пользователя

async def main():
    condition = asyncio.Condition()

    # Создаем корутины для всех пользователей
    tasks = [access_db(user, condition) for user in users]
    # Запускаем все корутины
    await asyncio.gather(*tasks)


asyncio.run(main())
