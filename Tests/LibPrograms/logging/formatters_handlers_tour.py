import logging, re, sys


class PortableFormatter(logging.Formatter):
    """Tracebacks name the file without its directory (the run's path varies)."""
    def formatException(self, ei):
        return re.sub(r'File "[^"]*/', 'File "', super().formatException(ei))


logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(asctime)s %(levelname)-8s %(name)s:%(lineno)d %(funcName)s %(message)s")
logging.root.handlers[0].setFormatter(PortableFormatter(logging.root.handlers[0].formatter._fmt))
log = logging.getLogger("app")
log.debug("debug %s %d", "x", 3)
log.info("info %(a)s", {"a": 1})
def work():
    log.warning("in work %5.2f", 3.14159)
work()
child = logging.getLogger("app.db")
child.error("child error")
print(child.parent is log, child.getEffectiveLevel(), log.level)
child.setLevel(logging.ERROR)
child.warning("hidden")
print(logging.getLevelName(10), logging.getLevelName("WARNING"), logging.getLevelName(25))
logging.addLevelName(25, "NOTICE")
log.log(25, "custom level")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("boom")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
other = logging.getLogger("other")
other.propagate = False
other.addHandler(h)
other.setLevel(logging.INFO)
other.info("brace style %s", "arg")
other.debug("not shown")
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("$levelname:$message", style="$"))
other.addHandler(h2)
other.warning("two handlers")
other.removeHandler(h2)
class OnlyErrors(logging.Filter):
    def filter(self, record):
        return record.levelno >= logging.ERROR
h.addFilter(OnlyErrors())
other.warning("filtered out")
other.error("passes filter")
fmt = logging.Formatter("%(message)s [%(module)s %(filename)s]")
rec = logging.LogRecord("n", logging.INFO, "/x/y/mod.py", 12, "msg %s", ("a",), None)
print(fmt.format(rec))
print(rec.getMessage(), rec.levelname, rec.module, rec.pathname)
adapter = logging.LoggerAdapter(other, {"user": "bob"})
h.filters.clear()
adapter.error("adapter msg")
print(repr(log), repr(logging.getLogger()), repr(h))
try:
    logging.Formatter("%(foo", style="%").format(rec)
except Exception as e:
    print(type(e).__name__)
try:
    logging.Formatter("{x", style="{")
except ValueError as e:
    print("ValueError", e)
log2 = logging.getLogger("fmt")
log2.propagate = False
h3 = logging.StreamHandler(sys.stdout)
h3.setFormatter(logging.Formatter("%(levelname)s %(message)s %(extra_key)s"))
log2.addHandler(h3)
log2.warning("with extra", extra={"extra_key": "EK"})
try:
    log2.warning("bad extra", extra={"message": "x"})
except KeyError as e:
    print("KeyError", e)
print(logging.root.handlers[0].formatter._fmt)
logging.disable(logging.WARNING)
log.warning("disabled")
logging.disable(logging.NOTSET)
log.warning("enabled again")
print(log.isEnabledFor(logging.DEBUG), logging.getLogger("app.db").isEnabledFor(logging.WARNING))
