# locks held by one process are seen by another; ioctl with int and buffer arguments
import fcntl, os, sys, subprocess, tempfile

with tempfile.NamedTemporaryFile() as f:
    fcntl.flock(f, fcntl.LOCK_EX)
    code = ("import fcntl, sys\n"
            "f = open(sys.argv[1], 'rb')\n"
            "try:\n"
            "    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
            "    print('locked')\n"
            "except BlockingIOError as e:\n"
            "    print(type(e).__name__)\n"
            "fcntl.lockf(open(sys.argv[1], 'r+b'), fcntl.LOCK_SH | fcntl.LOCK_NB)\n"
            "print('lockf ok')\n")
    p = subprocess.run([sys.executable, "-c", code, f.name], capture_output=True, text=True)
    print(p.stdout.split(), p.returncode)
    fcntl.flock(f, fcntl.LOCK_UN)
    p = subprocess.run([sys.executable, "-c", code, f.name], capture_output=True, text=True)
    print(p.stdout.split(), p.returncode)
    # a POSIX record lock in this process blocks the child's lockf
    g = open(f.name, "r+b")
    fcntl.lockf(g, fcntl.LOCK_EX, 1, 0)
    p = subprocess.run([sys.executable, "-c", code, f.name], capture_output=True, text=True)
    print(p.stdout.split()[:1], p.returncode != 0, p.stderr.strip().splitlines()[-1].split(":")[0])
    fcntl.lockf(g, fcntl.LOCK_UN, 1, 0)
    g.close()

# FIONREAD (0x541B on Linux): bytes waiting in a pipe
FIONREAD = 0x541B
r, w = os.pipe()
os.write(w, b"hello")
buf = bytearray(4)
print(fcntl.ioctl(r, FIONREAD, buf), int.from_bytes(buf, sys.byteorder))
res = fcntl.ioctl(r, FIONREAD, b"\0\0\0\0")
print(type(res).__name__, int.from_bytes(res, sys.byteorder))
buf = bytearray(4)
print(fcntl.ioctl(r, FIONREAD, buf, False), buf)
try:
    fcntl.ioctl(r, FIONREAD, b"\0" * 2000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    fcntl.ioctl(987654, FIONREAD, 0)
except OSError as e:
    print(type(e).__name__, e.errno)
os.close(r)
os.close(w)
