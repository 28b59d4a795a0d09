"""InterpreterPoolExecutor: a thread pool whose every worker runs its
tasks inside its own interpreter (Python 3.14 API).

Each worker thread creates one interpreter when it starts and closes it
when it stops. A task's callable and arguments are moved into that
interpreter (concurrent.interpreters rules: immutable values shared
without a copy, containers copied, functions rebuilt around their shared
code object), run there, and the result is moved back. The workers run
truly in parallel: ftpy has no GIL, per interpreter or otherwise.
"""
import threading

from concurrent.futures import _base
from concurrent.futures import thread as _thread


class BrokenInterpreterPool(_thread.BrokenThreadPool):
    """A worker's interpreter initializer failed."""


class _InterpWorkItem(_thread._WorkItem):
    def run_in(self, interp):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = interp.call(self.fn, *self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


def _interp_worker(executor, work_queue, initializer, initargs, shared):
    from concurrent import interpreters
    interp = interpreters.create()
    try:
        if shared:
            interp.prepare_main(shared)
        if initializer is not None:
            try:
                interp.call(initializer, *initargs)
            except BaseException:
                executor._initializer_failed()
                return
        while True:
            work_item = work_queue.get(block=True)
            if work_item is None:
                work_queue.put(None)
                return
            work_item.run_in(interp)
            del work_item
            executor._idle_semaphore.release()
    finally:
        interp.close()


class InterpreterPoolExecutor(_thread.ThreadPoolExecutor):
    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=(),
                 shared=None):
        if isinstance(initializer, str):
            raise NotImplementedError("ftpy: script initializers are not supported; pass a function")
        super().__init__(max_workers, thread_name_prefix or "InterpreterPoolExecutor-%d" % _thread._next_pool_id(),
                         initializer, initargs)
        self._shared = dict(shared) if shared else None

    def submit(self, fn, /, *args, **kwargs):
        if isinstance(fn, str):
            raise NotImplementedError("ftpy: submitting script text is not supported; pass a function")
        with self._shutdown_lock:
            if self._broken:
                raise BrokenInterpreterPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            f = _base.Future()
            self._work_queue.put(_InterpWorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            t = threading.Thread(name="%s_%d" % (self._thread_name_prefix, num_threads),
                                 target=_interp_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs,
                                       self._shared))
            t.start()
            self._threads.add(t)
            _thread._threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ("A thread initializer failed, the thread pool is not usable anymore")
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except Exception:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenInterpreterPool(self._broken))
