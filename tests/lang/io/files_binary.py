# Binary files: bytes in and out, seek/tell, readline, iteration.
path = "/tmp/ftpy_test_files_binary.bin"
with open(path, "wb") as f:
    print(f.write(b"\x00\x01\x02hello\nworld\n"), f.write(bytearray(b"xyz")))
with open(path, "rb") as f:
    data = f.read()
    print(data, len(data), type(data).__name__)
with open(path, "rb") as f:
    print(f.read(3), f.tell())
    print(f.readline())
    print(f.seek(0), f.read(1))
    print(f.seek(-3, 2), f.read())
    print(f.seek(0, 1))
with open(path, "rb") as f:
    print(list(f))
with open(path, "r+b") as f:
    f.seek(3)
    f.write(b"HELLO")
    f.seek(0)
    print(f.read())
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError:", e)
with open(path, "ab") as f:
    f.write(b"more")
print(open(path, "rb").read())
