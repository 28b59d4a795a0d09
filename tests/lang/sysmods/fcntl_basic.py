import fcntl, os, tempfile, struct

for n in ["F_GETFD", "F_SETFD", "F_GETFL", "F_SETFL", "F_DUPFD", "F_DUPFD_CLOEXEC", "FD_CLOEXEC",
          "F_GETLK", "F_SETLK", "F_SETLKW", "F_RDLCK", "F_WRLCK", "F_UNLCK", "LOCK_SH", "LOCK_EX",
          "LOCK_NB", "LOCK_UN", "F_GETPIPE_SZ", "F_OFD_SETLK", "F_ADD_SEALS"]:
    print(n, getattr(fcntl, n))

r, w = os.pipe()
flags = fcntl.fcntl(r, fcntl.F_GETFL)
print(flags & os.O_NONBLOCK == 0, flags & 3 == os.O_RDONLY)
print(fcntl.fcntl(r, fcntl.F_SETFL, flags | os.O_NONBLOCK))
print(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK != 0)
try:
    os.read(r, 1)
except BlockingIOError as e:
    print(type(e).__name__)
fd_flags = fcntl.fcntl(w, fcntl.F_GETFD)
fcntl.fcntl(w, fcntl.F_SETFD, fd_flags | fcntl.FD_CLOEXEC)
print(fcntl.fcntl(w, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(w, fcntl.F_SETFD, 0)
print(fcntl.fcntl(w, fcntl.F_GETFD))
d = fcntl.fcntl(w, fcntl.F_DUPFD, 50)
print(d >= 50, fcntl.fcntl(d, fcntl.F_GETFL) & 3 == os.O_WRONLY)
os.close(d)
print(fcntl.fcntl(w, fcntl.F_GETPIPE_SZ) > 0)

class F:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd
print(fcntl.fcntl(F(w), fcntl.F_GETFD))
os.close(r)
os.close(w)

# bytes argument: F_GETLK with a struct flock
with tempfile.TemporaryFile() as f:
    f.write(b"x" * 100)
    f.flush()
    lockdata = struct.pack("hhqqi4x", fcntl.F_WRLCK, 0, 0, 0, 0)
    res = fcntl.fcntl(f, fcntl.F_GETLK, lockdata)
    print(type(res).__name__, len(res) == len(lockdata), struct.unpack("hhqqi4x", res)[0] == fcntl.F_UNLCK)
    fcntl.flock(f, fcntl.LOCK_EX)
    fcntl.flock(f, fcntl.LOCK_UN)
    fcntl.flock(f.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
    fcntl.flock(f.fileno(), fcntl.LOCK_UN)
    print(fcntl.lockf(f, fcntl.LOCK_EX, 10, 0, 0), fcntl.lockf(f, fcntl.LOCK_UN, 10))
    print(fcntl.lockf(f, fcntl.LOCK_SH | fcntl.LOCK_NB), fcntl.lockf(f, fcntl.LOCK_UN))

def err(fn, *a):
    try:
        print(fn(*a))
    except Exception as e:
        print(type(e).__name__, e)
err(fcntl.fcntl, -1, fcntl.F_GETFD)
err(fcntl.fcntl, "x", 1)
err(fcntl.fcntl, 0)
err(fcntl.fcntl, 0, fcntl.F_GETFD, b"x" * 1025)
err(fcntl.fcntl, 0, fcntl.F_GETFD, 1.5)
err(fcntl.fcntl, 987654, fcntl.F_GETFD)
err(fcntl.flock, -1, fcntl.LOCK_SH)
err(fcntl.flock, 987654, fcntl.LOCK_SH)
err(fcntl.ioctl, -1, 0)
err(fcntl.lockf, 0, 0)
err(fcntl.lockf, 0)
err(fcntl.lockf, 987654, fcntl.LOCK_SH)
