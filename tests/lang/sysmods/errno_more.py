import errno
from errno import ENOENT, errorcode

print(ENOENT, errorcode[ENOENT])
# every errorcode value is a name that starts with E and maps back
bad = [n for n in errorcode.values() if not n.startswith("E")]
print(bad)
names = sorted(errorcode.values())
print(names[:5], names[-5:])
for n in ["EADDRINUSE", "EADDRNOTAVAIL", "ENETUNREACH", "EHOSTUNREACH", "ENOTCONN",
          "EISCONN", "EALREADY", "ENOBUFS", "EMSGSIZE", "ENOTSOCK", "ENOTEMPTY", "ELOOP",
          "ENAMETOOLONG", "EXDEV", "ESPIPE", "EROFS", "EMFILE", "ENFILE", "ENOSPC", "E2BIG"]:
    print(n, getattr(errno, n))
print(errno.__name__)
print(hasattr(errno, "errorcode"))
for code in (errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.ETIMEDOUT,
             errno.ESRCH, errno.ECHILD, errno.EACCES, errno.EPERM, errno.ENOTDIR, errno.EISDIR,
             errno.EAGAIN, errno.EINTR, errno.EINPROGRESS):
    print(errorcode[code], type(OSError(code, "m")).__name__)
