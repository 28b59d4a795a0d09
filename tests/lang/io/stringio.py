import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), repr(s.read()))
s = io.StringIO("a\nbb\nccc")
print(s.readlines())
s.seek(0)
print([l for l in s])
s = io.StringIO("caf\u00e9 \u4e2d")
print(s.read(4), s.tell(), repr(s.read()))
s = io.StringIO("abcdef")
s.seek(2)
s.write("XY")
print(s.getvalue(), s.tell())
s.truncate(3)
print(repr(s.getvalue()))
s.close()
print(s.closed)
try:
    s.write("x")
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError:", e)
with io.StringIO() as buf:
    print("to buffer", 1, 2, sep="-", end="!\n", file=buf)
    print(repr(buf.getvalue()))
