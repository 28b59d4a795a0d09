"""asyncio.threads -- to_thread() (ftpy)."""

import functools

from . import events

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in the loop's default executor thread."""
    loop = events.get_running_loop()
    ctx = None
    if events._contextvars is not None:
        ctx = events._contextvars.copy_context()
    if ctx is not None:
        func_call = functools.partial(ctx.run, func, *args, **kwargs)
    else:
        func_call = functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)
