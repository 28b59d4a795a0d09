"""asyncio.protocols -- the protocol interfaces transports call (ftpy).

Plain base classes with no-op methods, as in CPython: a transport calls
connection_made/connection_lost, data_received/eof_received (Protocol),
get_buffer/buffer_updated (BufferedProtocol), datagram_received/
error_received (DatagramProtocol), and pause_writing/resume_writing for
flow control.  They hold no state and take no locks; a protocol is used
only from its loop's thread.
"""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol',
           'SubprocessProtocol', 'BufferedProtocol')


class BaseProtocol:
    """Callbacks common to every protocol."""

    __slots__ = ()

    def connection_made(self, transport):
        """Called when a connection is made; transport is its transport."""

    def connection_lost(self, exc):
        """Called when the connection is lost or closed (exc None on EOF or
        close, else the exception)."""

    def pause_writing(self):
        """The transport's write buffer went over the high-water mark."""

    def resume_writing(self):
        """The transport's write buffer drained to the low-water mark."""


class Protocol(BaseProtocol):
    """Stream protocol: data arrives through data_received()."""

    __slots__ = ()

    def data_received(self, data):
        """Called with bytes received."""

    def eof_received(self):
        """The other end will send no more; return a true value to keep the
        transport open for writing (half-close), else it is closed."""


class BufferedProtocol(BaseProtocol):
    """Stream protocol that lends its own buffer to the transport."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """Return a writable buffer for the next read (sizehint -1: any)."""

    def buffer_updated(self, nbytes):
        """nbytes were written into the buffer from get_buffer()."""

    def eof_received(self):
        """As Protocol.eof_received."""


class DatagramProtocol(BaseProtocol):
    """Datagram protocol."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """Called with one datagram and the address it came from."""

    def error_received(self, exc):
        """A send or receive failed with the OSError exc."""


class SubprocessProtocol(BaseProtocol):
    """Protocol of a child process (ftpy asyncio has no subprocesses yet)."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """Data written by the child on fd 1 or 2."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes was closed."""

    def process_exited(self):
        """The child process has exited."""
