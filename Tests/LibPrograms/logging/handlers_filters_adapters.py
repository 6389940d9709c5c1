# logging: a list Handler subclass, StreamHandler on StringIO with defaults, makeLogRecord, exc_info formatting, bad styles, NullHandler, setLevel by name, basicConfig(force=True), filters adding fields, LoggerAdapter.
import logging, sys, io
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))
lh = ListHandler()
lh.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s|%(funcName)s|%(lineno)d"))
log = logging.getLogger("a.b.c")
log.addHandler(lh)
log.setLevel(logging.DEBUG)
def fn():
    log.debug("from fn %d", 1)
fn()
log.info("plain")
print(lh.records, lh.level, lh.formatter is not None, repr(lh))
print(logging.getLogger("a.b").getEffectiveLevel(), logging.getLogger("a").handlers, logging.getLogger("a.b.c").parent.name, logging.getLogger("a.b").parent.name)
stream = io.StringIO()
sh = logging.StreamHandler(stream)
sh.setLevel(logging.WARNING)
sh.setFormatter(logging.Formatter("%(levelname).1s %(message)s %(custom)s", defaults={"custom": "-"}))
root = logging.getLogger()
root.addHandler(sh)
logging.warning("to root")
log.error("propagates", extra={"custom": "X"})
log.info("info not in stream")
print(repr(stream.getvalue()))
root.removeHandler(sh)
f = logging.Formatter("%(asctime)s %(msecs)03d %(created)f %(relativeCreated)d %(message)s")
r = logging.makeLogRecord({"msg": "hi %s", "args": ("x",), "levelno": 20, "levelname": "INFO"})
print(f.format(r), r.msg, r.args, r.getMessage())
print(logging.Formatter("%(asctime)s", datefmt="%Y/%m/%d").format(r))
print(logging.Formatter().format(r), logging.BASIC_FORMAT)
try:
    raise ValueError("oops")
except ValueError:
    rec = logging.LogRecord("n", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    txt = logging.Formatter("%(message)s").format(rec)
    print(txt.splitlines()[0], txt.splitlines()[-1], rec.exc_text is not None)
try:
    logging.Formatter("%(message)s", style="!")
except ValueError as e:
    print(e)
try:
    logging.Formatter("{bad", style="{").format(r)
except ValueError as e:
    print(type(e).__name__, e)
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelNamesMapping()["ERROR"] if hasattr(logging, "getLevelNamesMapping") else "")
log2 = logging.getLogger("quiet")
log2.addHandler(logging.NullHandler())
log2.propagate = False
log2.error("nothing")
print(log2.handlers[0].__class__.__name__, logging.getLogger("quiet") is log2, logging.getLogger("") is root, logging.root is root, root.name)
log3 = logging.getLogger("x.y")
log3.setLevel("WARNING")
print(log3.level, log3.isEnabledFor(logging.INFO), logging.getLogger("x").level)
try:
    log3.setLevel("LOUD")
except ValueError as e:
    print(e)
buf = io.StringIO()
logging.basicConfig(stream=buf, level=logging.INFO, format="%(levelname)s:%(message)s", force=True)
logging.info("configured")
logging.getLogger("m").warning("m warn %s", [1, 2])
print(repr(buf.getvalue()))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(message)s"))
lg = logging.getLogger("stdout")
lg.addHandler(h)
lg.propagate = False
lg.warning("%s%%", 50)
lg.warning("no args %s")
lg.warning({"a": 1})
lg.warning(12345)
lg.critical("a=%(a)s", {"a": 9})
class Ctx(logging.Filter):
    def filter(self, record):
        record.user = "bob"
        return True
h.addFilter(Ctx())
h.setFormatter(logging.Formatter("[%(user)s] %(message)s"))
lg.warning("with user")
adapter = logging.LoggerAdapter(lg, {"user": "ignored"})
adapter.warning("adapter %d", 3)
print(adapter.logger is lg, adapter.extra)
logging.shutdown()
