"""asyncio.streams -- network streams: not available in ftpy yet.

ftpy has no socket module, so the stream API raises NotImplementedError.
"""

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol',
           'open_connection', 'start_server', 'open_unix_connection',
           'start_unix_server')

_MSG = ('ftpy asyncio has no network support yet: {} is not implemented')


def _unavailable(name):
    async def func(*args, **kwargs):
        raise NotImplementedError(_MSG.format(f'asyncio.{name}()'))
    func.__name__ = func.__qualname__ = name
    return func


open_connection = _unavailable('open_connection')
start_server = _unavailable('start_server')
open_unix_connection = _unavailable('open_unix_connection')
start_unix_server = _unavailable('start_unix_server')


class _Unavailable:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(_MSG.format(type(self).__name__))


class StreamReader(_Unavailable):
    pass


class StreamWriter(_Unavailable):
    pass


class StreamReaderProtocol(_Unavailable):
    pass
