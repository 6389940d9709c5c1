# Source: https://github.com/vgvr0/asyncio-examples/blob/004be6dd8894558cd5f02252e047af025b8b3bfc/example12.py
# ("Ejemplos de Asyncio en Python", a Spanish-language set of asyncio examples by GitHub user vgvr0).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

async def tarea1():
    await asyncio.sleep(1)  # Simula una operación I/O
    return 'Resultado de tarea1'

async def tarea2():
    await asyncio.sleep(2)  # Simula una operación I/O
    return 'Resultado de tarea2'

async def main():
    resultado1, resultado2 = await asyncio.gather(tarea1(), tarea2())
    print(resultado1)
    print(resultado2)

# Python 3.7+
asyncio.run(main())

# Para Python 3.6
# loop = asyncio.get_event_loop()
# loop.run_until_complete(main())
# loop.close()
