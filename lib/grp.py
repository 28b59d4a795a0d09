"""The group database (getgrnam, getgrgid, getgrall), over _pwdgrp."""
import _pwdgrp

__all__ = ["getgrall", "getgrgid", "getgrnam", "struct_group"]


class struct_group(tuple):
    """grp.struct_group: Results from getgr*() routines."""

    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0
    _fields = ("gr_name", "gr_passwd", "gr_gid", "gr_mem")

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError("grp.struct_group() takes a 4-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    gr_name = property(lambda self: self[0])
    gr_passwd = property(lambda self: self[1])
    gr_gid = property(lambda self: self[2])
    gr_mem = property(lambda self: self[3])

    def __repr__(self):
        return "grp.struct_group(" + ", ".join(
            "%s=%r" % (n, v) for n, v in zip(self._fields, self)) + ")"


struct_group.__module__ = "grp"


def getgrgid(id, /):
    if not isinstance(id, int):
        raise TypeError("gid should be integer, not %s" % type(id).__name__)
    r = _pwdgrp.getgrgid(id)
    if r is None:
        raise KeyError("getgrgid(): gid not found: %d" % id)
    return struct_group(r)


def getgrnam(name, /):
    r = _pwdgrp.getgrnam(name)
    if r is None:
        raise KeyError("getgrnam(): name not found: %r" % (name,))
    return struct_group(r)


def getgrall():
    return [struct_group(r) for r in _pwdgrp.getgrall()]
