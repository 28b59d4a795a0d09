"""concurrent.futures -- run callables asynchronously in a pool of threads."""
from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = ("FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
           "InvalidStateError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
           "ThreadPoolExecutor", "ProcessPoolExecutor", "InterpreterPoolExecutor")


def __getattr__(name):
    if name == "ProcessPoolExecutor":
        raise ImportError("ProcessPoolExecutor is not available in ftpy (no multiprocessing); "
                          "use ThreadPoolExecutor: threads run in parallel here")
    if name == "InterpreterPoolExecutor":
        global InterpreterPoolExecutor
        from concurrent.futures.interpreter import InterpreterPoolExecutor
        return InterpreterPoolExecutor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
