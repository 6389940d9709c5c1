# Source: https://github.com/prakovec/stepic_asyncio_course/blob/21fd4060ea2606c0117043d602c968435f212d77/09/0901_semaphors.py
# (solutions and lesson code of a Russian-language asyncio course on stepik.org, by GitHub user prakovec).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

# Создаем экземпляр Semaphore максимум c двумя разрешениями

# Поочередно выполните код с разным типом семафора, чтобы понять в чем разница

semaphore = asyncio.Semaphore(2)
# semaphore = asyncio.BoundedSemaphore(2)


async def my_coroutine(id):
    print(f'Корутина {id} хочет получить семафор')
    await semaphore.acquire()
    print(f'Корутина {id} получила семафор')
    await asyncio.sleep(1)
    semaphore.release()
    print(f'Корутина {id} отпустила семафор')
    semaphore.release()
    print(f'Корутина {id} отпустила семафор еще раз')


# Запускаем несколько корутин
async def main():
    await asyncio.gather(my_coroutine(1), my_coroutine(2), my_coroutine(3))


asyncio.run(main())
