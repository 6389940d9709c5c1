# traceback functions walk tb.tb_frame: anything else fails there.
import traceback

for bad in (3, 'tb', object()):
    try:
        traceback.extract_tb(bad)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    traceback.format_tb(5)
except AttributeError as e:
    print('AttributeError:', e)
print(traceback.extract_tb(None), traceback.format_tb(None))
try:
    1 / 0
except ZeroDivisionError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
