a = bytearray(b"  Hello, World! Hello!  ")
results = [a.strip(), a.lstrip(), a.rstrip(b" !"), a.upper(), a.lower(), a.title(), a.swapcase(), a.capitalize(), a.replace(b"Hello", b"Bye"), a.center(30, b"*"), a.ljust(26), a.rjust(26, b"."), a.zfill(26), a.expandtabs(), a.removeprefix(b"  "), a.removesuffix(b"  "), a.translate(None, b"l"), a[2:7]]
for r in results:
    print(type(r).__name__, r)
for r in a.split(b","), a.rsplit(None, 1), a.partition(b","), a.rpartition(b"Hello"), a.splitlines(), bytearray(b"a\nb").splitlines(True):
    print([type(x).__name__ for x in r], r)
print(a.count(b"l"), a.find(b"World"), a.rfind(b"Hello"), a.index(b","), a.rindex(b"!"), a.startswith(b"  H"), a.endswith(b"!  "))
print(a.isalpha(), bytearray(b"abc").isalpha(), bytearray(b"123").isdigit(), bytearray(b"ab1").isalnum(), bytearray(b" ").isspace(), bytearray(b"Ab Cd").istitle(), bytearray(b"AB").isupper(), bytearray(b"ab").islower(), bytearray(b"\x80").isascii())
print(a.hex()[:10], bytearray(b"xyz").hex(":"), a.decode()[2:7], bytearray(b"-").join([b"a", bytearray(b"b")]), type(bytearray(b"-").join([])).__name__)
print(bytearray(b"%s=%d") % (b"k", 5), type(bytearray(b"x") % ()).__name__)
b = bytearray(b"xyz")
c = b.copy()
c.append(0)
print(b, c, b is not c)
print(bytearray.fromhex("61 62"), bytearray(b"abc").__alloc__() > 3, bytearray(b"q").__sizeof__() > 0)
print(bytearray(b"abc").__reduce__()[0].__name__, bytearray(b"abc").__reduce__()[1])
