"""Futures and the executor protocol (concurrent.futures._base)."""
import threading
import time

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

PENDING = "PENDING"
RUNNING = "RUNNING"
CANCELLED = "CANCELLED"
CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
FINISHED = "FINISHED"

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending", RUNNING: "running", CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled", FINISHED: "finished",
}


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class _Waiter:
    """Collects futures as they finish, for wait() and as_completed()."""

    def __init__(self, mode, total):
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished = []
        self.mode = mode
        self.pending = total

    def add(self, future):
        with self.lock:
            self.finished.append(future)
            self.pending -= 1
            if self.mode == FIRST_COMPLETED:
                self.event.set()
            elif self.mode == FIRST_EXCEPTION and not future.cancelled() and future._exception is not None:
                self.event.set()
            elif self.pending <= 0:
                self.event.set()
            elif self.mode == "AS_COMPLETED":
                self.event.set()


class Future:
    """The result of an asynchronous computation. State changes happen
    under the future's condition; callbacks run outside it."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                import sys
                print("exception calling callback for %r" % self, file=sys.stderr)
                sys.__excepthook__(type(exc), exc, exc.__traceback__)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return "<%s at %#x state=%s raised %s>" % (
                        self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                return "<%s at %#x state=%s returned %s>" % (
                    self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._result.__class__.__name__)
            return "<%s at %#x state=%s>" % (self.__class__.__name__, id(self),
                                              _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as exc:
            import sys
            print("exception calling callback for %r" % self, file=sys.stderr)
            sys.__excepthook__(type(exc), exc, exc.__traceback__)

    def result(self, timeout=None):
        try:
            with self._condition:
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self.__get_result()
                self._condition.wait(timeout)
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self.__get_result()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError("{}: {!r}".format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError("{}: {!r}".format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(lambda cls, item: cls)


def _install_waiter(fs, mode):
    waiter = _Waiter(mode, len(fs))
    for f in fs:
        with f._condition:
            if f._state in (CANCELLED_AND_NOTIFIED, FINISHED):
                waiter.add(f)
            else:
                f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """Yield futures as they complete (finished or cancelled)."""
    end_time = None if timeout is None else timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    waiter = _install_waiter(fs, "AS_COMPLETED")
    try:
        yielded = set()
        while len(yielded) < total:
            with waiter.lock:
                ready = [f for f in waiter.finished if f not in yielded]
                waiter.event.clear()
            for f in ready:
                yielded.add(f)
                yield f
            if len(yielded) >= total:
                break
            if end_time is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError("%d (of %d) futures unfinished" % (total - len(yielded), total))
            with waiter.lock:
                more = any(f not in yielded for f in waiter.finished)
            if not more:
                waiter.event.wait(wait_timeout)
    finally:
        _remove_waiter(fs, waiter)


class DoneAndNotDoneFutures(tuple):
    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = {f for f in fs if f.done()}
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and any(
            not f.cancelled() and f._exception is not None for f in done):
        return DoneAndNotDoneFutures(done, not_done)
    if len(done) == len(fs):
        return DoneAndNotDoneFutures(done, not_done)
    waiter = _install_waiter(not_done, return_when)
    try:
        waiter.event.wait(timeout)
    finally:
        _remove_waiter(not_done, waiter)
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)


class Executor:
    """Abstract base: submit(), map() and shutdown()."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        end_time = None if timeout is None else timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if end_time is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
