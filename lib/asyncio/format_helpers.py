"""asyncio.format_helpers -- text for callbacks in reprs and messages (ftpy)."""

import functools
import types


def _get_function_source(func):
    if getattr(func, '_asyncio_no_source', False):
        return None
    if isinstance(func, types.FunctionType):
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    if isinstance(func, types.MethodType):
        return _get_function_source(func.__func__)
    return None


def _format_args_and_kwargs(args, kwargs, *, debug=False):
    # Arguments may hold sensitive data: shown only in debug mode.
    if not debug:
        return '()'
    items = []
    if args:
        items.extend(repr(a) for a in args)
    if kwargs:
        items.extend(f'{k}={v!r}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs, suffix='', *, debug=False):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs, debug=debug) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix,
                                debug=debug)
    if hasattr(func, '__qualname__') and func.__qualname__:
        func_repr = func.__qualname__
    elif hasattr(func, '__name__') and func.__name__:
        func_repr = func.__name__
    else:
        func_repr = repr(func)
    func_repr += _format_args_and_kwargs(args, kwargs, debug=debug)
    if suffix:
        func_repr += suffix
    return func_repr


def _format_callback_source(func, args, *, debug=False):
    func_repr = _format_callback(func, args, None, debug=debug)
    source = _get_function_source(func)
    if source:
        func_repr += f' at {source[0]}:{source[1]}'
    return func_repr
