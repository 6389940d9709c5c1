# Source: https://github.com/prakovec/stepic_asyncio_course/blob/21fd4060ea2606c0117043d602c968435f212d77/06/task_061201.py
# (solutions and lesson code of a Russian-language asyncio course on stepik.org, by GitHub user prakovec).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

codes = ["56FF4D", "A3D2F7", "B1C94E", "F56A1D", "D4E6F1",
         "A1B2C3", "D4E5F6", "A7B8C9", "D0E1F2", "A3B4C5",
         "D6E7F8", "A9B0C1", "D2E3F4", "A5B6C7", "D8E9F0"]

messages = ["Привет, мир!", "Как дела?", "Что нового?", "Добрый день!", "Пока!",
            "Спокойной ночи!", "Удачного дня!", "Всего хорошего!", "До встречи!", "Счастливого пути!",
            "Успехов в работе!", "Приятного аппетита!", "Хорошего настроения!", "Спасибо за помощь!", "Всего наилучшего!"]


async def async_mess(code):
    ind = codes.index(code)
    print(f"Сообщение: {messages[ind]}")
    return ind

def print_code(task):
    result = task.result()
    print(f"Код: {codes[result]}")


async def main():
    for code in codes:
        task = asyncio.create_task(async_mess(code))
        task.add_done_callback(print_code)
        await task


asyncio.run(main())
