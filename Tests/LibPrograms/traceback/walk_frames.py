# Walking a traceback by hand: tb_frame.f_code names and files, tb_next,
# traceback.walk_tb's (frame, lineno) pairs and StackSummary.extract.
import sys, traceback, os
def inner():
    raise ValueError('deep')
def middle():
    inner()
try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    while tb:
        f = tb.tb_frame
        print(f.f_code.co_name, tb.tb_lineno, os.path.basename(f.f_code.co_filename))
        tb = tb.tb_next
    print([(fr.f_code.co_name, ln) for fr, ln in traceback.walk_tb(e.__traceback__)])
    print(type(sys.exc_info()[2].tb_frame).__name__)
    s = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__))
    print([(fs.name, fs.lineno) for fs in s])
