"""asyncio.base_tasks -- Task repr and stack helpers (ftpy)."""

import os

from . import coroutines

_TASKS_FILE = os.path.join(os.path.dirname(__file__), 'tasks.py')


def _task_repr_info(task):
    info = ['finished' if task.done() else task._state.lower()]
    if task.cancelled():
        info = ['cancelled']
    if task._num_cancels_requested > 0 and not task.done():
        info[0] = 'cancelling'
    info.insert(1, 'name=%r' % task.get_name())
    if task._coro is not None:
        info.insert(2, f'coro=<{coroutines._format_coroutine(task._coro)}>')
    if task.done() and not task.cancelled():
        if task._exception is not None:
            info.append(f'exception={task._exception!r}')
        else:
            info.append(f'result={task._result!r}')
    if task._callbacks:
        from .futures import _format_callbacks
        info.append(_format_callbacks(task._callbacks))
    if task._fut_waiter is not None:
        info.append(f'wait_for={task._fut_waiter!r}')
    return info


def _task_repr(task):
    info = ' '.join(_task_repr_info(task))
    return f'<{task.__class__.__name__} {info}>'


def _task_get_stack(task, limit):
    """Frames of a suspended task (its coroutine's frame outward), or of
    the traceback of the exception that finished it."""
    frames = []
    coro = task._coro
    f = None
    for attr in ('cr_frame', 'gi_frame', 'ag_frame'):
        if hasattr(coro, attr):
            f = getattr(coro, attr)
            break
    if f is not None:
        while f is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(f)
            f = f.f_back
        frames.reverse()
    elif task._exception is not None:
        tb = task._exception.__traceback__
        # The Task's own stepping frames come first: CPython's Task is in C
        # and has none, so leave them out.
        while tb is not None and tb.tb_frame.f_code.co_filename == _TASKS_FILE:
            tb = tb.tb_next
        while tb is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    return frames


def _task_print_stack(task, limit, file):
    import linecache
    import sys
    import traceback
    extracted = []
    checked = set()
    for f in task.get_stack(limit=limit):
        lineno = f.f_lineno
        co = f.f_code
        filename = co.co_filename
        name = co.co_name
        if filename not in checked:
            checked.add(filename)
            linecache.checkcache(filename)
        line = linecache.getline(filename, lineno, f.f_globals)
        extracted.append((filename, lineno, name, line))
    exc = task._exception
    if file is None:
        file = sys.stderr
    if not extracted:
        print(f'No stack for {task!r}', file=file)
    elif exc is not None:
        print(f'Traceback for {task!r} (most recent call last):', file=file)
    else:
        print(f'Stack for {task!r} (most recent call last):', file=file)
    for filename, lineno, name, line in extracted:
        print(f'  File "{filename}", line {lineno}, in {name}', file=file)
        if line and line.strip():
            print(f'    {line.strip()}', file=file)
    if exc is not None:
        for line in traceback.format_exception_only(exc):
            print(line, file=file, end='')
