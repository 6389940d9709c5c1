# gmtime/localtime at the edges of time_t and of a C int year.
import time
for v in [1e20, 1e17, 1e16, 67768036191676799, 67768036191676800, -1e17, -62135596801, 253402300800, 2**63, -2**63 - 1]:
  for f in (time.gmtime, time.localtime):
    try: print(v, f(v)[:3])
    except Exception as e: print(v, type(e).__name__, e)
