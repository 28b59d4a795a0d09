"""asyncio -- asynchronous I/O scheduler, ftpy's own implementation.

The core (event loop without an I/O selector, futures, tasks, combinators,
timeouts, TaskGroup, synchronisation primitives, queues, runners, threads)
follows CPython 3.13's documented behaviour.  Streams, sockets and
subprocesses are not available yet and raise NotImplementedError.
"""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .streams import *
from .subprocess import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .threads import *

from . import base_events as _base_events
from . import events as _events


class _UnixSelectorEventLoop(_base_events.BaseEventLoop):
    """The default event loop (named as CPython's on Unix; no I/O selector
    in ftpy)."""

    def __init__(self, selector=None):
        super().__init__()


_UnixSelectorEventLoop.__module__ = 'asyncio.unix_events'
SelectorEventLoop = _UnixSelectorEventLoop


class _DefaultEventLoopPolicy(_events.BaseDefaultEventLoopPolicy):
    _loop_factory = SelectorEventLoop


DefaultEventLoopPolicy = _DefaultEventLoopPolicy
EventLoop = SelectorEventLoop

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ +
           exceptions.__all__ + futures.__all__ + locks.__all__ +
           queues.__all__ + runners.__all__ + streams.__all__ +
           subprocess.__all__ + tasks.__all__ + taskgroups.__all__ +
           timeouts.__all__ + threads.__all__ +
           ('SelectorEventLoop', 'DefaultEventLoopPolicy', 'EventLoop'))
