import logging
import logging.config
import logging.handlers
import sys

early = logging.getLogger("early")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": True,
    "formatters": {
        "brief": {"format": "%(levelname)s:%(name)s:%(message)s"},
        "curly": {"format": "{asctime} [{levelname:^7}] {name}: {message}", "style": "{", "datefmt": "%H:%M:%S"},
    },
    "filters": {"only_db": {"name": "app.db"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "brief", "stream": "ext://sys.stdout", "level": "INFO"},
        "detailed": {"class": "logging.StreamHandler", "formatter": "curly", "stream": "ext://sys.stdout", "filters": ["only_db"]},
    },
    "loggers": {
        "app": {"handlers": ["console"], "level": "DEBUG", "propagate": False},
        "app.db": {"handlers": ["detailed"], "level": "DEBUG"},
    },
    "root": {"level": "WARNING", "handlers": ["console"]},
}
logging.config.dictConfig(LOGGING)
log = logging.getLogger("app")
log.info("configured")
log.debug("below the handler level")
logging.getLogger("app.db").debug("query ran")
logging.getLogger("app.db").warning("slow query")
early.warning("disabled by dictConfig")
print(early.disabled, logging.getLogger("app").disabled, logging.getLogger("other").disabled)
logging.getLogger("other").warning("root handles this")

class Upper(logging.Filter):
    def __init__(self, prefix=""):
        super().__init__()
        self.prefix = prefix
    def filter(self, record):
        record.msg = self.prefix + str(record.msg).upper()
        return True

logging.config.dictConfig({
    "version": 1,
    "incremental": False,
    "disable_existing_loggers": False,
    "filters": {"up": {"()": Upper, "prefix": ">> "}},
    "formatters": {"plain": {"format": "%(message)s"}},
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "plain", "filters": ["up"]},
        "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 2, "target": "out"},
    },
    "loggers": {"buffered": {"handlers": ["mem"], "level": "INFO", "propagate": False}},
})
b = logging.getLogger("buffered")
b.info("first")
print("nothing flushed yet")
b.info("second")
for bad in [{}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}},
            {"version": 1, "formatters": {"f": {"format": "%(x", "validate": True}}},
            {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError:", e, "|", type(e.__cause__).__name__ if e.__cause__ else None)
try:
    logging.config.valid_ident("1abc")
except ValueError as e:
    print("ValueError:", e)
