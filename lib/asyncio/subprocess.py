"""asyncio.subprocess -- subprocesses: not available in ftpy yet."""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

PIPE = -1
STDOUT = -2
DEVNULL = -3


async def create_subprocess_exec(*args, **kwargs):
    raise NotImplementedError('ftpy asyncio has no subprocess support yet: '
                              'asyncio.create_subprocess_exec() is not implemented')


async def create_subprocess_shell(*args, **kwargs):
    raise NotImplementedError('ftpy asyncio has no subprocess support yet: '
                              'asyncio.create_subprocess_shell() is not implemented')
