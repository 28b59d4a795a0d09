import errno
import os

for name in ["ENOENT", "EEXIST", "EACCES", "EPERM", "EINTR", "EAGAIN", "EWOULDBLOCK",
             "EPIPE", "EBADF", "EINVAL", "ENOTDIR", "EISDIR", "ECHILD", "ESRCH",
             "ETIMEDOUT", "ECONNREFUSED", "ECONNRESET", "EINPROGRESS", "ENOTSUP",
             "EOPNOTSUPP", "EDEADLK", "EDEADLOCK", "ENOSYS", "ERANGE", "EDOM"]:
    v = getattr(errno, name)
    print(name, v, errno.errorcode[v])

print(errno.EAGAIN == errno.EWOULDBLOCK)
print(type(errno.errorcode).__name__, len(errno.errorcode) > 100)
print(all(getattr(errno, n) == c for c, n in errno.errorcode.items()))
print(sorted(errno.errorcode)[:10])
print(sorted(n for n in dir(errno) if n.startswith("E"))[:20])
print(len([n for n in dir(errno) if n.startswith("E")]))

try:
    open("/nonexistent/dir/file")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    os.rmdir("/nonexistent-dir-xyz")
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT)
try:
    errno.ENOTANERROR
except AttributeError as e:
    print(type(e).__name__, e)
try:
    errno.errorcode[100000]
except KeyError as e:
    print(type(e).__name__, e)
print(OSError(errno.ENOENT, "x").__class__.__name__)
print(OSError(errno.EEXIST, "x").__class__.__name__)
print(OSError(errno.EPIPE, "x").__class__.__name__)
print(os.strerror(errno.ENOENT))
