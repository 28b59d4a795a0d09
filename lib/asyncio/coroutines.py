"""asyncio.coroutines -- recognising coroutines (ftpy).

A coroutine function is one whose code carries CO_COROUTINE (async def) or
CO_ITERABLE_COROUTINE (types.coroutine); functions may also be marked with
asyncio's private marker attribute (inspect.markcoroutinefunction).
"""

import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x0080
_CO_ITERABLE_COROUTINE = 0x0100
_is_coroutine = object()


def _unwrap(func):
    while True:
        if isinstance(func, (classmethod, staticmethod)):
            func = func.__func__
            continue
        if isinstance(func, types.MethodType):
            func = func.__func__
            continue
        try:
            import functools
            if isinstance(func, functools.partial):
                func = func.func
                continue
        except ImportError:
            pass
        return func


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    f = _unwrap(func)
    if getattr(f, '_is_coroutine', None) is _is_coroutine:
        return True
    if getattr(f, '_is_coroutine_marker', None) is not None:
        return True
    code = getattr(f, '__code__', None)
    if isinstance(code, types.CodeType):
        return bool(code.co_flags & _CO_COROUTINE)
    return False


_COROUTINE_TYPES = (types.CoroutineType,)
_iscoroutine_typecache = set()


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    t = type(obj)
    if t in _iscoroutine_typecache:
        return True
    if isinstance(obj, types.CoroutineType):
        return True
    try:
        import collections.abc as _abc
        if isinstance(obj, _abc.Coroutine):
            if len(_iscoroutine_typecache) < 100:
                _iscoroutine_typecache.add(t)
            return True
    except ImportError:
        pass
    return False


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) \
        or type(coro).__name__
    name = f'{name}()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    filename = code.co_filename if code is not None else '<empty co_filename>'
    lineno = 0
    if frame is not None:
        lineno = getattr(frame, 'f_lineno', 0) or 0
        return f'{name} running at {filename}:{lineno}'
    if code is not None:
        lineno = code.co_firstlineno
    return f'{name} done, defined at {filename}:{lineno}'
