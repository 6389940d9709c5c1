"""The bridge between asyncio and logging for asyncio's own log records.

CPython's asyncio logs through logging.getLogger('asyncio') (asyncio/log.py)
and always imports logging; Interleave's asyncio does not import logging
(it is costly and most programs never use it). Instead logging, when a
program imports it, registers the 'asyncio' logger here, and the loop
reports what CPython's selector loop reports when it is created: at DEBUG
level, `Using selector: EpollSelector` from selector_events.py line 54 in
__init__ (the oracle's selector carries the same name), and, in debug mode,
`Close <loop>` from base_events.py line 676 when a loop is closed.
"""

logger = None

_PATHNAME = '/usr/lib/python3.11/asyncio/selector_events.py'
_BASE_PATHNAME = '/usr/lib/python3.11/asyncio/base_events.py'


def loop_created():
    """Called by every new event loop."""
    if logger is None or not logger.isEnabledFor(10):
        return
    record = logger.makeRecord(logger.name, 10, _PATHNAME, 54,
                               'Using selector: %s', ('EpollSelector',), None,
                               '__init__')
    logger.handle(record)


def loop_closed(loop):
    """Called by a loop in debug mode as it closes."""
    if logger is None or not logger.isEnabledFor(10):
        return
    record = logger.makeRecord(logger.name, 10, _BASE_PATHNAME, 676,
                               'Close %r', (loop,), None, 'close')
    logger.handle(record)
