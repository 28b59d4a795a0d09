import io

b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"def")), b.tell())
print(b.getvalue())
b.seek(1)
print(b.read(2), b.read(), b.read())
b = io.BytesIO(b"line1\nline2\nline3")
print(b.readline(), b.readlines())
b.seek(0)
print(list(b))
b.seek(2)
b.write(b"ZZ")
print(b.getvalue())
print(b.seek(0, 2), b.tell())
b.truncate(4)
print(b.getvalue())
try:
    b.seek(-1)
except ValueError as e:
    print("ValueError:", e)
