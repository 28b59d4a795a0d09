# Text files: write, read, lines, append, modes, errors.
path = "/tmp/ftpy_test_files_text.txt"
with open(path, "w") as f:
    print(f.write("first line\n"), f.writable(), f.readable(), f.closed)
    f.write("second line\nthird")
    print(f.name == path, f.mode)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    print([line.rstrip("\n") for line in f])
with open(path, "a") as f:
    f.write("\nfourth\n")
with open(path) as f:
    print(len(f.read().splitlines()))
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(3)), f.tell())
    f.seek(0)
    print(repr(f.read(4)))
with open(path, "w") as f:
    f.writelines(["a\n", "b\n", "c"])
print(open(path).read().split("\n"))
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("/tmp/ftpy_no_such_dir/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
except OSError as e:
    print("OSError", e)
try:
    open(path, "rw")
except ValueError as e:
    print("ValueError:", e)
try:
    open(path, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
with open(path, "w", encoding="latin-1") as f:
    f.write("caf\xe9")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(f.read())
with open(path, "w") as f:
    f.write("\u00e9t\u00e9 \u4e2d\u6587 \U0001F600\n")
with open(path) as f:
    s = f.read()
    print(len(s), s.strip())
with open(path, "rb") as f:
    print(len(f.read()))
with open(path, "w", newline="") as f:
    f.write("a\r\nb\rc\n")
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(f.readlines())
with open(path, "x" if False else "w") as f:
    pass
print(repr(open(path).read()))
