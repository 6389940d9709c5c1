# Source: https://github.com/Kishan-Thanki/Python/blob/8469ffa57e2229318c9e427958a62f80079b919e/23_Python_Concurrency_and_Parallelism_Processes/01_Asyncio/00_intro_and_when_to_use.py
# (a Python tutorial's asyncio chapter) by Kishan Thanki.
# Adapted: nothing; the file is unmodified below this header.
"""
================================================================================
ASYNCIO — INTRODUCTION & WHEN TO USE IT
================================================================================

AsyncIO is about handling WAITING efficiently.

It does NOT:
❌ Make CPU-heavy tasks faster
❌ Use multiple CPU cores

It DOES:
✔ Eliminate idle waiting
✔ Handle thousands of I/O tasks efficiently
✔ Improve responsiveness
"""

"""
WHEN TO USE ASYNCIO
-------------------
✔ Network calls
✔ Disk I/O
✔ Database queries
✔ Timers / sleep
✔ High-concurrency servers

WHEN NOT TO USE
---------------
❌ CPU-bound computation
❌ Heavy numerical processing
"""

print("AsyncIO is about efficient waiting, not raw speed.")
