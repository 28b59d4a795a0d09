"""The password database (getpwnam, getpwuid, getpwall), over _pwdgrp."""
import _pwdgrp

__all__ = ["getpwall", "getpwnam", "getpwuid", "struct_passwd"]


class struct_passwd(tuple):
    """pwd.struct_passwd: Results from getpw*() routines."""

    n_fields = n_sequence_fields = 7
    n_unnamed_fields = 0
    _fields = ("pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell")

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 7:
            raise TypeError("pwd.struct_passwd() takes a 7-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    pw_name = property(lambda self: self[0])
    pw_passwd = property(lambda self: self[1])
    pw_uid = property(lambda self: self[2])
    pw_gid = property(lambda self: self[3])
    pw_gecos = property(lambda self: self[4])
    pw_dir = property(lambda self: self[5])
    pw_shell = property(lambda self: self[6])

    def __repr__(self):
        return "pwd.struct_passwd(" + ", ".join(
            "%s=%r" % (n, v) for n, v in zip(self._fields, self)) + ")"


struct_passwd.__module__ = "pwd"


def getpwuid(uid, /):
    if not isinstance(uid, int):
        raise TypeError("uid should be integer, not %s" % type(uid).__name__)
    r = _pwdgrp.getpwuid(uid)
    if r is None:
        raise KeyError("getpwuid(): uid not found: %d" % uid)
    return struct_passwd(r)


def getpwnam(name, /):
    r = _pwdgrp.getpwnam(name)
    if r is None:
        raise KeyError("getpwnam(): name not found: %r" % (name,))
    return struct_passwd(r)


def getpwall():
    return [struct_passwd(r) for r in _pwdgrp.getpwall()]
