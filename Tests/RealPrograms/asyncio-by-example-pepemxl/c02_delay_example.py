# Source: https://github.com/pepemxl/asyncio_by_example/blob/c243321bf280ec9a7cd148563bb5c878833c58e7/src/capitulo_02/section_01/06_delay_example.py
# (a Spanish-language "asyncio by example" course, by GitHub user pepemxl).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

async def delay(delay_seconds: int) -> int:
    print(f'Durmiendo por {delay_seconds} segundo(s)')
    await asyncio.sleep(delay_seconds)
    print(f'Termino la funcion dormir por {delay_seconds} segundo(s)')
    return delay_seconds

async def add_one(number: int) -> int:
    return number + 1

async def hello_world_message() -> str:
    await delay(1)
    return 'Hello World'

async def main() -> None:
    message = await hello_world_message()
    one_plus_one = await add_one(1)
    print(f"Resultado de one_plus_one es: {one_plus_one}")
    print(f"Resultado de message es: {message}")

asyncio.run(main())
