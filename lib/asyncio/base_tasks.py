"""asyncio.base_tasks -- Task repr and stack helpers (ftpy)."""

from . import coroutines


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
    frames = []
    f = getattr(task._coro, 'cr_frame', None)
    if f is not None:
        frames.append(f)
    return frames


def _task_print_stack(task, limit, file):
    import sys
    if file is None:
        file = sys.stderr
    exc = task._exception
    frames = _task_get_stack(task, limit)
    if not frames:
        print(f'No stack for {task!r}', file=file)
    elif exc is not None:
        print(f'Traceback for {task!r} (most recent call last):', file=file)
    else:
        print(f'Stack for {task!r} (most recent call last):', file=file)
    for f in frames:
        print(f'  File "{f.f_code.co_filename}", line {f.f_lineno}, in {f.f_code.co_name}',
              file=file)
    if exc is not None:
        print(f'{type(exc).__name__}: {exc}', file=file)
