# Source: https://github.com/realpython/materials/blob/7ecc7c477823e8f0a5ea3573b91c1d06c8ac4853/python-sleep/hello_async.py
# (Real Python, https://realpython.com/python-sleep/).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def main():
    print("Hello ...")
    await asyncio.sleep(1)
    print("... World!")


if __name__ == "__main__":
    asyncio.run(main())
