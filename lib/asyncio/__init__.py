"""asyncio -- asynchronous I/O scheduler, ftpy's own implementation.

The core (event loop, futures, tasks, combinators, timeouts, TaskGroup,
synchronisation primitives, queues, runners, threads), the network I/O
(selector loop: sock_* methods, create_connection/create_server, datagram
endpoints, transports and protocols, streams), signal handlers, pipes and
subprocesses follow CPython 3.13's documented behaviour.  TLS is not
available (no ssl module) and raises NotImplementedError.
"""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .queues import *
from .runners import *
from .streams import *
from .subprocess import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .threads import *
from .transports import *

from . import base_events as _base_events
from . import events as _events
from .unix_events import _UnixSelectorEventLoop

SelectorEventLoop = _UnixSelectorEventLoop


class _DefaultEventLoopPolicy(_events.BaseDefaultEventLoopPolicy):
    _loop_factory = SelectorEventLoop


DefaultEventLoopPolicy = _DefaultEventLoopPolicy
EventLoop = SelectorEventLoop

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ +
           exceptions.__all__ + futures.__all__ + locks.__all__ +
           protocols.__all__ + transports.__all__ +
           queues.__all__ + runners.__all__ + streams.__all__ +
           subprocess.__all__ + tasks.__all__ + taskgroups.__all__ +
           timeouts.__all__ + threads.__all__ +
           ('SelectorEventLoop', 'DefaultEventLoopPolicy', 'EventLoop'))
