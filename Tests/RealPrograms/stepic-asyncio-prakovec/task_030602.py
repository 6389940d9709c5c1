# Source: https://github.com/prakovec/stepic_asyncio_course/blob/21fd4060ea2606c0117043d602c968435f212d77/03/task_030602.py
# (solutions and lesson code of a Russian-language asyncio course on stepik.org, by GitHub user prakovec).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def async_operation():
    print("Начало асинхронной операции.")
    try:
        await asyncio.sleep(2)
        print("Асинхронная операция успешно завершилась.")
    except asyncio.CancelledError:
        print("Асинхронная операция была отменена в процессе выполнения.")
        raise


async def main():
    print("Главная корутина запущена.")
    future = asyncio.ensure_future(async_operation())
    await asyncio.sleep(0.1)
    print("Попытка отмены Future.")
    future.cancel()

    try:
        await future
        print("Результат Future:", future.result())
    except asyncio.CancelledError:
        print("Обработка исключения: Future был отменен.")

    if future.cancelled():
        print("Проверка: Future был отменен.")
    else:
        print("Проверка: Future не был отменен.")

    print("Главная корутина завершена.")


asyncio.run(main())
