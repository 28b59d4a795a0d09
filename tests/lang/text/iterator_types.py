print(type(iter("a")).__name__, type(iter("é")).__name__, type(iter(b"")).__name__, type(iter(bytearray())).__name__, type(iter(memoryview(b""))).__name__)
for seq in ["abc", "héllo", b"xy", bytearray(b"zw"), memoryview(b"mv")]:
    it = iter(seq)
    print(type(it).__name__, next(it), list(it), list(it), iter(it) is it)
m = memoryview(bytearray(b"abc"))
it = iter(m)
print(next(it))
m.release()
try:
    next(it)
except ValueError as e:
    print("ValueError", e)
