def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
b = b"hello world"
print(len(b), b[0], b[-1], b[1:4], b[::-1], b[::3], b[8:2:-2], b[100:], b[:-100])
print(b + b"!", b"ab" * 3, 2 * b"x", b"a" * 0, b + bytearray(b"?"), b + memoryview(b"m"))
print(b"abc" < b"abd", b"abc" < b"ab", b"" < b"\x00", b"abc" == b"abc", b"a" != b"b", b"a" == bytearray(b"a"), b"a" == "a", b"a" == 97)
print(b"lo" in b, 111 in b, 300 in b"" if False else 0 in b"\x00", b"" in b"", bytearray(b"wor") in b)
print(list(b"abc"), list(b""), list(map(int, b"\x00\xff")))
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(range(5)), bytes(b"copy"), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")), bytes((x for x in [65, 66])), bytes("s", "ascii"))
class B:
    def __bytes__(self):
        return b"from __bytes__"
class I:
    def __index__(self):
        return 2
print(bytes(B()), bytes(I()), bytes([I()]))
for s in [b"", b"abc", b"it's", b'say "hi"', b"both ' \"", b"\\", b"\t\n\r\x00\x7f\x80\xff", bytes(range(32))]:
    print(repr(s), str(s), ascii(s))
print(hash(b"abc") == hash(b"ab" + b"c"), hash(b"") == 0)
print(sorted([b"b", b"a", b"", b"\xff", b"ab"]), max(b"hello"), min(b"hello"))
err(lambda: b[11])
err(lambda: b[-12])
err(lambda: b["a"])
err(lambda: b + "a")
err(lambda: "a" + b)
err(lambda: b * 1.5)
err(lambda: "a" in b)
err(lambda: 300 in b)
err(lambda: -1 in b)
err(lambda: bytes("abc"))
err(lambda: bytes(-1))
err(lambda: bytes([256]))
err(lambda: bytes([-1]))
err(lambda: bytes(["a"]))
err(lambda: bytes(1.5))
err(lambda: bytes(None))
err(lambda: b < "a")
err(lambda: b"x" * (2**70))
class SB(bytes):
    pass
x = SB(b"sub")
print(type(x).__name__, x, x.upper(), type(x.upper()).__name__, repr(x), len(x), x == b"sub", isinstance(x, bytes), x[0], type(x[0:2]).__name__)
print(bytes.fromhex("00 01 ff"), bytes.fromhex(""), bytes.fromhex(" 0a\t0B\n"), SB.fromhex("41"), type(SB.fromhex("41")).__name__)
err(lambda: bytes.fromhex("0g"))
err(lambda: bytes.fromhex("0"))
err(lambda: bytes.fromhex("é"))
err(lambda: bytes.fromhex(b"00"))
print(b"\x00\xffab".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex(" ", -4), b"abcdef".hex(b"|", 4), b"".hex(":"), b"a".hex(":", 0))
err(lambda: b"a".hex("::"))
err(lambda: b"a".hex(1))
err(lambda: b"a".hex("é"))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xff".decode("latin-1"), b"x".decode(encoding="ascii", errors="strict"))
