import logging
import unittest
import warnings

log = logging.getLogger("app.worker")


def work(n):
    log.info("working on %d", n)
    if n < 0:
        log.error("negative: %d", n)
    log.debug("done")


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning)
    return 1


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print("passed", r)
    except AssertionError as e:
        print("---\n" + str(e))
    except Exception as e:
        print("EXC", type(e).__name__, e)


with t.assertLogs("app", level="INFO") as cm:
    work(1)
    work(-2)
print(cm.output)
print([r.levelname for r in cm.records], [r.getMessage() for r in cm.records])
with t.assertLogs() as cm:
    logging.getLogger().warning("root %s", "msg")
print(cm.output)
with t.assertLogs(log, "DEBUG") as cm:
    work(3)
print(cm.output)


def no_logs():
    with t.assertLogs("app", level=logging.ERROR):
        work(1)


show(no_logs)


def quiet():
    with t.assertNoLogs("app", level="ERROR"):
        work(1)
    with t.assertNoLogs("app"):
        work(2)


show(quiet)
print(log.handlers, log.propagate, log.level)

with t.assertWarns(DeprecationWarning) as cw:
    old_api()
print(type(cw.warning).__name__, cw.warning, cw.lineno)
show(t.assertWarns, DeprecationWarning, old_api)
show(t.assertWarns, UserWarning, old_api)
show(t.assertWarns, UserWarning, lambda: None)
show(t.assertWarnsRegex, DeprecationWarning, "deprecated", old_api)
show(t.assertWarnsRegex, DeprecationWarning, "xyz", old_api)
show(t.assertWarns, ValueError, old_api)


def warns_ctx():
    with t.assertWarns(RuntimeWarning, msg="custom"):
        pass


show(warns_ctx)
