"""select -- wait for I/O readiness (ftpy).

select() and poll() over the C module _select, which waits in poll(2)
detached from the runtime (a blocked thread never delays a collection).
Objects may be ints or have a fileno() method, as in CPython.
"""
import _select
from _select import (POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL,
                     PIPE_BUF)
try:
    from _select import POLLRDNORM, POLLRDBAND, POLLWRNORM, POLLWRBAND
except ImportError:
    pass
try:
    from _select import POLLRDHUP
except ImportError:
    pass

error = OSError


def _fileno(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            meth = obj.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        fd = meth()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def select(rlist, wlist, xlist, timeout=None):
    """Wait until one or more file descriptors are ready for some kind of I/O."""
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be a float or None")
        if timeout < 0:
            raise ValueError("timeout must be non-negative")
    lists = []
    for seq in (rlist, wlist, xlist):
        objs = list(seq)
        lists.append((objs, tuple(_fileno(o) for o in objs)))
    r, w, x = _select.select(lists[0][1], lists[1][1], lists[2][1], timeout)
    out = []
    for (objs, fds), ready in zip(lists, (r, w, x)):
        ready = set(ready)
        out.append([o for o, fd in zip(objs, fds) if fd in ready])
    return out[0], out[1], out[2]


class _Poll:
    """The object returned by select.poll()."""

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        self._fds[_fileno(fd)] = eventmask & 0xffff

    def modify(self, fd, eventmask):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, "No such file or directory")
        self._fds[fd] = eventmask & 0xffff

    def unregister(self, fd):
        del self._fds[_fileno(fd)]

    def poll(self, timeout=None):
        if timeout is None:
            ms = -1
        else:
            if not isinstance(timeout, (int, float)):
                raise TypeError("timeout must be an integer or None")
            ms = timeout if timeout >= 0 else -1
        return _select.poll(tuple(self._fds.items()), ms)


def poll():
    """Return a polling object supporting register/modify/unregister/poll."""
    return _Poll()
