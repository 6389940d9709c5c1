"""Waiting for I/O on file descriptors, which the Interleave playground
does not have (its sockets are asyncio's virtual ones).

select() with three empty lists waits out its timeout on the virtual clock
and returns three empty lists, as CPython does; given any file object it
raises PermissionError naming the sandbox, as do poll() and epoll().
"""

import time as _time
from _sandbox import refusal as _refusal

__all__ = ['select', 'poll', 'epoll', 'error']

error = OSError

POLLIN = 0x001
POLLPRI = 0x002
POLLOUT = 0x004
POLLERR = 0x008
POLLHUP = 0x010
POLLNVAL = 0x020
POLLRDNORM = 0x040
POLLRDBAND = 0x080
POLLWRNORM = 0x100
POLLWRBAND = 0x200
POLLMSG = 0x400
POLLRDHUP = 0x2000

EPOLLIN = 0x001
EPOLLPRI = 0x002
EPOLLOUT = 0x004
EPOLLERR = 0x008
EPOLLHUP = 0x010
EPOLLRDNORM = 0x040
EPOLLRDBAND = 0x080
EPOLLWRNORM = 0x100
EPOLLWRBAND = 0x200
EPOLLMSG = 0x400
EPOLLRDHUP = 0x2000
EPOLLEXCLUSIVE = 1 << 28
EPOLLWAKEUP = 1 << 29
EPOLLONESHOT = 1 << 30
EPOLLET = 1 << 31
EPOLL_CLOEXEC = 0o2000000

PIPE_BUF = 4096

_INSTEAD = "use asyncio's streams, which run on the playground's virtual network"


def select(rlist, wlist, xlist, timeout=None, /):
    lists = []
    for seq in (rlist, wlist, xlist):
        try:
            lists.append(list(seq))
        except TypeError:
            raise TypeError('arguments 1-3 must be sequences') from None
    if timeout is not None:
        try:
            timeout = float(timeout)
        except (TypeError, ValueError):
            raise TypeError('timeout must be a float or None') from None
        if timeout < 0:
            raise ValueError('timeout must be non-negative')
    if any(lists):
        raise _refusal('select.select', 'file descriptors', _INSTEAD)
    if timeout is None:
        raise _refusal('select.select', 'file descriptors',
                       'with nothing to wait for and no timeout it would block forever')
    _time.sleep(timeout)
    return [], [], []


def poll():
    raise _refusal('select.poll', 'file descriptors', _INSTEAD)


def epoll(sizehint=-1, flags=0):
    raise _refusal('select.epoll', 'file descriptors', _INSTEAD)
