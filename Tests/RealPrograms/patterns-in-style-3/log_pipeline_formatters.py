# Source: written for Interleave's corpus in the style of logging-heavy asyncio services (not from a public source)
# Adapted: nothing
import asyncio
import logging
import sys


class ContextFilter(logging.Filter):
    def __init__(self, stage):
        super().__init__()
        self.stage = stage

    def filter(self, record):
        record.stage = self.stage
        return not record.getMessage().startswith("skip")


class BraceFormatter(logging.Formatter):
    def format(self, record):
        base = super().format(record)
        if record.levelno >= logging.WARNING:
            return f"!! {base}"
        return base


def build_logger(name, stage):
    logger = logging.getLogger(name)
    logger.setLevel(logging.DEBUG)
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(BraceFormatter("{levelname:<8}|{name}|{stage}| {message}", style="{"))
    handler.addFilter(ContextFilter(stage))
    logger.addHandler(handler)
    logger.propagate = False
    return logger


producer_log = build_logger("pipeline.producer", "P")
consumer_log = build_logger("pipeline.consumer", "C")
adapter = logging.LoggerAdapter(consumer_log, {"worker": "w?"})


class WorkerAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['worker']}] {msg}", kwargs


async def producer(queue, items):
    for i, item in enumerate(items):
        await asyncio.sleep(0.01 * (i % 3))
        producer_log.debug("produced %s (%d/%d)", item, i + 1, len(items))
        await queue.put(item)
    producer_log.info("skip this message")
    producer_log.info("done producing")
    await queue.put(None)


async def consumer(queue, name, results):
    log = WorkerAdapter(consumer_log, {"worker": name})
    while True:
        item = await queue.get()
        if item is None:
            await queue.put(None)
            log.info("stopping")
            return
        try:
            value = int(item)
        except ValueError as exc:
            log.warning("bad item %r: %s", item, exc)
            continue
        results.append((name, value * value))
        log.debug("squared %d -> %d", value, value * value)
        await asyncio.sleep(0.02)


async def main():
    queue = asyncio.Queue(maxsize=2)
    results = []
    items = ["1", "2", "x", "4", "5", "??", "7"]
    await asyncio.gather(
        producer(queue, items),
        consumer(queue, "a", results),
        consumer(queue, "b", results),
    )
    total = sum(v for _, v in results)
    consumer_log.error("total=%d from %d results", total, len(results))
    for name in ("a", "b"):
        mine = [v for n, v in results if n == name]
        print(f"{name}: {mine}")
    root = logging.getLogger()
    print(root.level == logging.WARNING, producer_log.getEffectiveLevel())
    print(logging.getLevelName(15), logging.getLevelName("INFO"))
    consumer_log.setLevel(logging.INFO)
    consumer_log.debug("hidden")
    consumer_log.info("visible %s", {"k": 1})
    print(consumer_log.isEnabledFor(logging.DEBUG), consumer_log.isEnabledFor(logging.CRITICAL))


asyncio.run(main())
