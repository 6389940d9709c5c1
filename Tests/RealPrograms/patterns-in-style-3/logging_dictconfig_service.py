# Source: written for Interleave's corpus in the style of logging-configuration guides (dictConfig, datefmt, hierarchical loggers, exception logging) (not from a public source)
# Adapted: nothing
import asyncio
import logging
import logging.config
import sys

CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "detailed": {
            "format": "%(asctime)s.%(msecs)03d %(levelname)-7s %(name)s[%(funcName)s] %(message)s",
            "datefmt": "%Y-%m-%d %H:%M:%S",
        },
        "short": {"format": "%(levelname).1s %(name)s: %(message)s"},
    },
    "filters": {
        "no_health": {"()": "__main__.HealthFilter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "detailed",
            "level": "DEBUG",
            "filters": ["no_health"],
        },
        "errors": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "short",
            "level": "ERROR",
        },
    },
    "loggers": {
        "svc": {"level": "DEBUG", "handlers": ["console"], "propagate": True},
        "svc.db": {"level": "WARNING"},
    },
    "root": {"level": "INFO", "handlers": ["errors"]},
}


class HealthFilter(logging.Filter):
    def filter(self, record):
        return "/health" not in record.getMessage()


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.INFO)
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


async def handle(path, log):
    log.info("GET %s", path)
    await asyncio.sleep(0.25)
    if path == "/boom":
        raise RuntimeError("handler exploded")
    return 200


async def main():
    logging.config.dictConfig(CONFIG)
    log = logging.getLogger("svc.http")
    db = logging.getLogger("svc.db")
    collector = ListHandler()
    collector.setFormatter(logging.Formatter("{name}|{levelname}|{message}", style="{"))
    logging.getLogger("svc").addHandler(collector)

    for path in ["/", "/health", "/users", "/boom"]:
        try:
            status = await handle(path, log)
            log.debug("%s -> %d", path, status)
        except RuntimeError:
            log.exception("failed on %s", path)
    db.info("connected")
    db.warning("slow query: %.3fs", 1.23456)
    db.error("connection lost")
    logging.getLogger("other").info("root only shows errors")
    logging.getLogger("other").error("this reaches root")
    print("collected:")
    for line in collector.records:
        print("  ", line.splitlines()[0])
    print(db.getEffectiveLevel(), log.getEffectiveLevel(), logging.getLogger("svc").handlers[0].level)
    print(logging.getLogger("svc.http").parent.name, logging.getLogger("svc.db.pool").parent.name)
    rec = logging.LogRecord("x", logging.INFO, "f.py", 10, "hello %s", ("world",), None)
    print(rec.getMessage(), rec.levelname, rec.lineno, logging.Formatter("%(message)s!").format(rec))
    logging.disable(logging.ERROR)
    log.error("suppressed by disable")
    logging.disable(logging.NOTSET)
    log.critical("back on")


asyncio.run(main())
