# Formatter styles and their validation, the memory/queue handlers, custom
# handlers and formatters, captureWarnings and a custom Logger class.
import logging
import logging.handlers
import queue
import sys
import time
import warnings

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s/%(levelname)s/%(message)s"))

for fmt, style in [("$message ${oops", "$"), ("$$ only", "$"), ("$ x $message", "$"),
                   ("${a} $$", "$"), ("$message", "$"), ("{bad", "{"),
                   ("{message!x}", "{"), ("{message:>5}", "{"), ("%(x", "%"),
                   ("plain", "%"), ("%(message)s", "?")]:
    try:
        logging.Formatter(fmt, style=style)
        print("ok", repr(fmt))
    except ValueError as e:
        print("ValueError", e)

mem = logging.getLogger("mem")
mem.setLevel(logging.DEBUG)
mem.propagate = False
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=out)
mem.addHandler(mh)
mem.info("one")
mem.info("two")
print("buffered", len(mh.buffer))
mem.info("three")
print("after capacity", len(mh.buffer))
mem.info("four")
mem.error("an error flushes")
mh.close()

q = queue.Queue()
ql = logging.getLogger("q")
ql.addHandler(logging.handlers.QueueHandler(q))
ql.propagate = False
ql.setLevel(logging.INFO)
ql.info("queued %s", "msg")
rec = q.get_nowait()
print(rec.getMessage(), rec.msg, rec.args, rec.levelname)
listener = logging.handlers.QueueListener(q, out)
listener.start()
ql.warning("through the listener")
listener.stop()


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


lh = ListHandler()
lh.setFormatter(logging.Formatter("%(levelname).1s %(message)s"))
ll = logging.getLogger("list")
ll.addHandler(lh)
ll.propagate = False
for level in (10, 20, 30, 40, 50):
    ll.log(level, "level %d", level)
print(lh.records, ll.level, ll.getEffectiveLevel())


class Failing(logging.Handler):
    def emit(self, record):
        try:
            raise RuntimeError("emit failed")
        except Exception:
            self.handleError(record)


fl = logging.getLogger("failing")
fl.addHandler(Failing())
fl.propagate = False
logging.raiseExceptions = False
fl.error("swallowed")
logging.raiseExceptions = True
print("after the failing handler")

f = logging.Formatter("%(asctime)s %(message)s")
f.converter = time.gmtime
r = logging.makeLogRecord({"msg": "x", "created": 1700000000.123456, "msecs": 123.456})
print(f.format(r), "|", f.formatTime(r, "%Y"), f.default_time_format, f.default_msec_format)
r.levelno = 5
print(logging.Formatter("{message:>5}|{levelno:03d}", style="{").format(r))
print(f.usesTime(), logging.Formatter("%(message)s").usesTime())
print(repr(logging.BufferingFormatter().format([r, r])))


class Tagged(logging.Formatter):
    def format(self, record):
        return f"<<{super().format(record)}>>"

    def formatException(self, ei):
        return "EXC:" + ei[0].__name__


out.setFormatter(Tagged("%(message)s"))
tl = logging.getLogger("tagged")
tl.addHandler(out)
tl.propagate = False
try:
    raise ValueError("v")
except ValueError:
    tl.exception("caught")

logging.captureWarnings(True)
pw = logging.getLogger("py.warnings")
pw.addHandler(out)
pw.propagate = False
warnings.warn("captured!")
logging.captureWarnings(False)


class TraceLogger(logging.Logger):
    def trace(self, msg, *args):
        self.log(5, msg, *args)


logging.setLoggerClass(TraceLogger)
tr = logging.getLogger("tracer")
tr.addHandler(out)
tr.setLevel(1)
tr.trace("tracing %d", 1)
print(type(tr).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)
