# Source: https://github.com/vgvr0/asyncio-examples/blob/004be6dd8894558cd5f02252e047af025b8b3bfc/example8.py
# ("Ejemplos de Asyncio en Python", a Spanish-language set of asyncio examples by GitHub user vgvr0).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

class AsincronoDemo:
    def __init__(self, nombre):
        self.nombre = nombre

    async def tarea_asincrona(self):
        print(f'Tarea iniciada: {self.nombre}')
        # Simula una operación que tarda 1 segundo
        await asyncio.sleep(1)
        print(f'Tarea completada: {self.nombre}')

# Función para ejecutar las tareas asíncronas
async def main():
    # Crea una instancia de la clase
    demo = AsincronoDemo('MiTareaAsincrona')
    
    # Ejecuta la tarea asíncrona
    await demo.tarea_asincrona()

# Ejecuta el loop de eventos de asyncio
asyncio.run(main())
