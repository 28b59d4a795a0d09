"""struct -- interpret bytes as packed binary data."""
from _struct import *
from _struct import _clearcache
from _struct import __doc__

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]
