# Source: https://github.com/prakovec/stepic_asyncio_course/blob/21fd4060ea2606c0117043d602c968435f212d77/09/090303.py
# (solutions and lesson code of a Russian-language asyncio course on stepik.org, by GitHub user prakovec).
# Adapted: nothing; the file is unmodified below this header.
"""
Код демонстрирует, как можно управлять двумя корутинами (worker() и manager()) в одном приложении с помощью Event.
"""

import asyncio

# Определение функции worker, которая принимает на вход список чисел и событие
async def worker(numbers, event):

    # Цикл по числам в списке
    for number in numbers:

        # Если число равно 15, устанавливаем событие
        if number == 15:
            event.set()

        # Вывод на экран информации о поиске события
        print(f"Поиск события: Обрабатываемое число {number}")

        # Остановка на 0.3 секунды для эмуляции задержки
        await asyncio.sleep(0.3)

# Определение функции manager, которая принимает событие на вход
async def manager(event):

    # Вывод на экран сообщения о ожидании события
    print("Ожидаем событие")

    # Ожидание события
    await event.wait()

    # Вывод на экран сообщения о свершении события
    print("Событие свершилось")

# Определение функции main
async def main():

    # Создание списка чисел от 1 до 30
    numbers = range(1, 30)

    # Создание события
    event = asyncio.Event()

    # Запуск обоих корутин (worker и manager) и ожидание их завершения
    await asyncio.gather(worker(numbers, event), manager(event))


# Запуск функции main с помощью asyncio.run
asyncio.run(main())
