"""sched (ftpy): a general-purpose event scheduler.

The queue is a heap of Event tuples ordered by (time, priority, sequence);
the sequence number makes ordering total and FIFO among equal keys, so the
action objects themselves are never compared. A lock guards the queue, and
actions run without it held, so other threads (or the actions themselves)
may enter and cancel events while run() is waiting.
"""

import heapq
import threading
import time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = 'Numeric type compatible with the return value of the timefunc function passed to the constructor.'
Event.priority.__doc__ = 'Events scheduled for the same time will be executed in the order of their priority.'
Event.sequence.__doc__ = 'A continually increasing sequence number that separates events if time and priority are equal.'
Event.action.__doc__ = 'Executing the event means executing action(*argument, **kwargs)'
Event.argument.__doc__ = 'argument is a sequence holding the positional arguments for the action.'
Event.kwargs.__doc__ = 'kwargs is a dictionary holding the keyword arguments for the action.'

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """Initialize a new instance, passing the time and delay functions."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at the absolute time; returns
        the event, which can be passed to cancel()."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator),
                          action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule an event delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError if it is not queued)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Check whether the queue is empty."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run events as they come due, until the queue is empty.

        With blocking false, run the events already due and return the delay
        until the next one (None if the queue is empty)."""
        lock = self._lock
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        while True:
            with lock:
                if not q:
                    break
                when = q[0].time
                now = timefunc()
                if when > now:
                    event = None
                else:
                    event = heapq.heappop(q)
            if event is None:
                if not blocking:
                    return when - now
                delayfunc(when - now)
            else:
                event.action(*event.argument, **event.kwargs)
                # Give other threads a chance to run.
                delayfunc(0)

    @property
    def queue(self):
        """The upcoming events, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
