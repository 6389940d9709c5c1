# Source: https://github.com/ecrvmal/asyncio_course/blob/0df0b124f44a5e05c472e93f4c4e9f04c2db59db/Chapter_9_Primitives/9_2_Lock/test1_robots.py
# (a Russian-language asyncio course, chapters on tasks, primitives and queues) by Vladimir Malchevskiy (ecrvmal).
# Adapted: nothing; the file is unmodified below this header.
import asyncio
robot_names = ['Электра', 'Механикс', 'Оптимус', 'Симулакр', 'Футуриус']
place_count: int = 0


async def run_robot(lock, num):
    global place_count
    # print(f'Robot {robot_names[num]} awaiting  ')
    async with lock:
        print(f'Робот {robot_names[num]}({num}) передвигается к месту A')
        place_count +=1
        print(f'Робот {robot_names[num]}({num}) достиг места A. Место A посещено {place_count} раз')

async def main():
    lock = asyncio.Lock()
    robots = [asyncio.create_task(run_robot(lock, i)) for i in range(5)]
    await asyncio.gather(*robots)


asyncio.run(main())



