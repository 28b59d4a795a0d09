"""Multiple interpreters in one process (PEP 734, Python 3.14's
concurrent.interpreters), on ftpy's sub-interpreters.

Each Interpreter has its own modules, sys and __main__; they all run in
parallel (ftpy has no GIL to share or separate). Objects passed in and out
follow the rules in _ftpy_xi: immutable values are shared without copying,
containers are copied, functions are moved with their code shared.
"""
import threading as _threading
import time as _time

import _interpreters
import _ftpy_xi
from _interpreters import InterpreterError, InterpreterNotFoundError, NotShareableError

__all__ = [
    "get_current", "get_main", "create", "list_all", "is_shareable",
    "Interpreter", "InterpreterError", "InterpreterNotFoundError",
    "ExecutionFailed", "NotShareableError",
    "create_queue", "Queue", "QueueEmpty", "QueueFull",
]


class ExecutionFailed(InterpreterError):
    """An exception escaped Interpreter.exec() or Interpreter.call()."""

    def __init__(self, excinfo):
        self.excinfo = excinfo
        super().__init__(excinfo.formatted_msg)

    def __str__(self):
        return "%s\n\nUncaught in the interpreter:\n\n%s" % (
            self.excinfo.formatted_msg, self.excinfo.formatted.rstrip("\n"))


class _ExcInfo:
    __slots__ = ("type_name", "type_qualname", "module", "msg", "formatted")

    def __init__(self, type_name, type_qualname, module, msg, formatted):
        self.type_name = type_name
        self.type_qualname = type_qualname
        self.module = module
        self.msg = msg
        self.formatted = formatted

    @property
    def formatted_msg(self):
        return "%s: %s" % (self.type_name, self.msg) if self.msg else self.type_name

    def __repr__(self):
        return "ExcInfo(type=%r, msg=%r)" % (self.type_name, self.msg)


def is_shareable(obj):
    """True if obj is passed to other interpreters without a copy."""
    return _ftpy_xi.is_shareable(obj)


_known = {}
_known_lock = _threading.Lock()


def _interp(id):
    with _known_lock:
        it = _known.get(id)
        if it is None:
            it = object.__new__(Interpreter)
            it._id = id
            _known[id] = it
        return it


def get_current():
    """The Interpreter object of the calling thread's interpreter."""
    return _interp(_interpreters.get_current())


def get_main():
    """The main interpreter."""
    return _interp(_interpreters.get_main())


def list_all():
    """Every interpreter that exists."""
    return [_interp(i) for i in _interpreters.list_all()]


def create():
    """A new, idle interpreter (ftpy: tens of microseconds)."""
    return _interp(_interpreters.create())


class Interpreter:
    """A handle on one interpreter; handles for one id are the same object."""

    def __new__(cls, id, /):
        if not isinstance(id, int):
            raise TypeError("id must be an int, got %r" % (id,))
        if id not in _interpreters.list_all():
            raise InterpreterNotFoundError("unrecognized interpreter ID %d" % id)
        return _interp(id)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._id)

    def __hash__(self):
        return hash(self._id)

    def __reduce__(self):
        return (type(self), (self._id,))

    @property
    def id(self):
        return self._id

    @property
    def whence(self):
        if self._id == _interpreters.get_main():
            return "runtime init"
        return "stdlib"

    def is_running(self):
        """True while some thread runs code in this interpreter."""
        return _interpreters.is_running(self._id)

    def close(self):
        """Finalize and destroy the interpreter (it must be idle)."""
        _interpreters.destroy(self._id)
        with _known_lock:
            _known.pop(self._id, None)

    def prepare_main(self, ns=None, /, **kwargs):
        """Bind the given objects in the interpreter's __main__."""
        items = dict(ns) if ns else {}
        items.update(kwargs)
        _interpreters._call_in(self._id, "_ftpy_xi", "prepare_main", items)
        return self

    def exec(self, code, /):
        """Run source code in the interpreter's __main__, in this thread.
        An uncaught exception raises ExecutionFailed here."""
        if not isinstance(code, str):
            raise TypeError("expected a source string, got %s" % type(code).__name__)
        info = _interpreters.exec(self._id, code)
        if info is not None:
            raise ExecutionFailed(_ExcInfo(*info))

    def call(self, callable, /, *args, **kwargs):
        """Call callable(*args, **kwargs) inside the interpreter, in this
        thread, and return the result (moved back to this interpreter).
        An exception it raises is re-raised here, chained from an
        ExecutionFailed that carries the original traceback text."""
        r = _interpreters._call_in(self._id, "_ftpy_xi", "run_call", callable, args, kwargs)
        if r[0]:
            return _ftpy_xi.move(r[1])
        exc, text = r[1], r[2]
        try:
            local = _ftpy_xi.move(exc)
        except NotShareableError:
            local = None
        if text is None:          # the arguments could not be moved in
            raise local if local is not None else NotShareableError(str(exc))
        info = _ExcInfo(type(exc).__name__, type(exc).__qualname__, type(exc).__module__,
                        str(exc), text)
        failed = ExecutionFailed(info)
        if local is None:
            raise failed
        raise local from failed

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Start a thread that runs self.call(callable, *args, **kwargs)."""
        t = _threading.Thread(target=self.call, args=(callable, *args), kwargs=kwargs)
        t.start()
        return t


# ---- queues ---------------------------------------------------------------------

class QueueEmpty(InterpreterError):
    """Raised by get_nowait() / get() with a timeout on an empty queue."""


class QueueFull(InterpreterError):
    """Raised by put_nowait() / put() with a timeout on a full queue."""


class Queue:
    """A FIFO that any interpreter may use. Items are moved into the
    interpreter that gets them (immutable values without a copy).
    The storage is builtin objects only (a list and a lock), which are
    safe to share across interpreters; each interpreter wraps it in its
    own Queue object."""

    def __init__(self, maxsize=0):
        if not isinstance(maxsize, int):
            raise TypeError("maxsize must be an int")
        self._storage = ([], _threading.Lock(), maxsize)

    @classmethod
    def _from_storage(cls, storage):
        q = object.__new__(cls)
        q._storage = storage
        return q

    def __repr__(self):
        return "%s(maxsize=%d)" % (type(self).__name__, self._storage[2])

    @property
    def maxsize(self):
        return self._storage[2]

    def qsize(self):
        return len(self._storage[0])

    def empty(self):
        return not self._storage[0]

    def full(self):
        items, _, maxsize = self._storage
        return maxsize > 0 and len(items) >= maxsize

    def put(self, obj, block=True, timeout=None):
        items, lock, maxsize = self._storage
        deadline = None if timeout is None else _time.monotonic() + timeout
        delay = 0.0001
        while True:
            with lock:
                if maxsize <= 0 or len(items) < maxsize:
                    items.append(obj)
                    return
            if not block or (deadline is not None and _time.monotonic() >= deadline):
                raise QueueFull("queue full")
            _time.sleep(delay)
            delay = min(delay * 2, 0.005)

    def put_nowait(self, obj):
        self.put(obj, block=False)

    def get(self, block=True, timeout=None):
        items, lock, _ = self._storage
        deadline = None if timeout is None else _time.monotonic() + timeout
        delay = 0.0001
        while True:
            with lock:
                if items:
                    return _ftpy_xi.move(items.pop(0))
            if not block or (deadline is not None and _time.monotonic() >= deadline):
                raise QueueEmpty("queue is empty")
            _time.sleep(delay)
            delay = min(delay * 2, 0.005)

    def get_nowait(self):
        return self.get(block=False)


def create_queue(maxsize=0):
    """A new cross-interpreter queue."""
    return Queue(maxsize)
