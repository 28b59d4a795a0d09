import os

base = "/tmp/ftpy_test_os_files"
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
os.makedirs(os.path.join(base, "sub", "deeper"))
os.makedirs(os.path.join(base, "sub"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "sub"))
except FileExistsError as e:
    print("FileExistsError", e.errno)
with open(os.path.join(base, "a.txt"), "w") as f:
    f.write("hello")
with open(os.path.join(base, "sub", "b.txt"), "w") as f:
    f.write("world!")
print(sorted(os.listdir(base)))
st = os.stat(os.path.join(base, "a.txt"))
print(st.st_size, st[6], len(st) >= 10, os.path.getsize(os.path.join(base, "sub", "b.txt")))
print(os.path.isfile(os.path.join(base, "a.txt")), os.path.isdir(os.path.join(base, "sub")), os.path.exists(base + "/nope"))
for root, dirs, files in os.walk(base):
    print(root[len(base):] or "/", sorted(dirs), sorted(files))
os.rename(os.path.join(base, "a.txt"), os.path.join(base, "c.txt"))
print(sorted(os.listdir(base)))
entries = sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir(base))
print(entries)
os.remove(os.path.join(base, "c.txt"))
try:
    os.remove(os.path.join(base, "c.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
try:
    os.rmdir(os.path.join(base, "sub"))
except OSError as e:
    print(type(e).__name__, e.errno)
fd = os.open(os.path.join(base, "raw.bin"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"raw bytes"))
os.close(fd)
fd = os.open(os.path.join(base, "raw.bin"), os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
print(os.getpid() > 0, isinstance(os.getcwd(), str), len(os.urandom(8)))
