# tb_frame.f_globals is the globals of the module the frame's code belongs to
# (unittest leaves out its own frames by their `__unittest` global).
import json
import sys
import traceback

marker = "main module"


def fail():
    json.loads("{")


try:
    fail()
except ValueError:
    tb = sys.exc_info()[2]
    for frame, line in list(traceback.walk_tb(tb))[:4]:
        g = frame.f_globals
        print(frame.f_code.co_name, g["__name__"], g.get("marker"))
