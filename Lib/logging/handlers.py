"""Additional handlers for the logging package (CPython 3.11's
logging.handlers, the parts that need no files, sockets or threads:
BufferingHandler, MemoryHandler, QueueHandler, QueueListener). File,
socket and syslog handlers raise PermissionError."""

import logging


class BufferingHandler(logging.Handler):
    """A handler class which buffers logging records in memory."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and flushes them to a target handler."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity) or \
            (record.levelno >= self.flushLevel)

    def setTarget(self, target):
        self.target = target

    def flush(self):
        if self.target:
            for record in self.buffer:
                self.target.handle(record)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.target = None
            BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Sends records to a queue (queue.Queue, asyncio.Queue's put_nowait...)."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        import copy
        msg = self.format(record)
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records from a queue and hands them to handlers. Single-
    threaded: start() does nothing, stop() drains the queue (CPython's
    listener thread would have processed the records by then)."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        pass

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level:
                process = True
            else:
                process = record.levelno >= handler.level
            if process:
                handler.handle(record)

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        while True:
            try:
                record = self.dequeue(False)
            except Exception:
                break
            if record is self._sentinel:
                break
            self.handle(record)


def _no_files(name):
    class Refused(logging.Handler):
        def __init__(self, *args, **kwargs):
            raise PermissionError(f'logging.handlers.{name}: the playground has no files, '
                                  'sockets or syslog')
    Refused.__name__ = Refused.__qualname__ = name
    return Refused


RotatingFileHandler = _no_files('RotatingFileHandler')
TimedRotatingFileHandler = _no_files('TimedRotatingFileHandler')
WatchedFileHandler = _no_files('WatchedFileHandler')
SocketHandler = _no_files('SocketHandler')
DatagramHandler = _no_files('DatagramHandler')
SysLogHandler = _no_files('SysLogHandler')
SMTPHandler = _no_files('SMTPHandler')
HTTPHandler = _no_files('HTTPHandler')
NTEventLogHandler = _no_files('NTEventLogHandler')
