# strptime's ISO-week consistency errors, a stray '%', case-insensitive
# names, %z forms, %f widths and 12-hour clock edges.
import time
from datetime import datetime

for s, f in [("2024 1", "%Y %V"), ("2024 1 2", "%Y %V %u"), ("1", "%V"), ("2024 10 2", "%G %V %u"),
             ("2024 10 2 5", "%G %V %u %j"), ("2024", "%G"), ("2024 2", "%G %u"),
             ("2024-01-01", "%Y-%m-%d%"), ("5 %", "%d %"), ("x", "%Q"),
             ("mar 5 2024 2pm", "%b %d %Y %I%p"), ("MARCH 5", "%B %d"), ("tue", "%a"),
             ("12:00:00.1", "%H:%M:%S.%f"), ("12:00:00.1234567", "%H:%M:%S.%f"),
             ("+05:30:15", "%z"), ("+05:30:15.123", "%z"), ("Z", "%z"), ("+5", "%z"),
             ("GMT", "%Z"), ("2023-02-29", "%Y-%m-%d"), ("  5", "%d"), ("5  ", "%d"),
             ("366 2023", "%j %Y"), ("12 AM", "%I %p"), ("0 AM", "%I %p"),
             ("Tue Mar  5 07:08:09 2024", "%c"), ("03/05/24", "%x")]:
    try:
        print(repr(datetime.strptime(s, f)))
    except ValueError as e:
        print("ValueError", e)
print(time.strptime("2024 10 2", "%G %V %u")[:9])
