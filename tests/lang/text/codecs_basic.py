def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
s = "Grüße, 世界! 😀"
for enc in ["utf-8", "UTF8", "utf_8", "u8", "utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf_32_le", "utf-32-be", "latin-1", "iso-8859-1", "ascii", "us-ascii", "L1", "latin1"]:
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e.encoding, e.start, e.end, e.reason, repr(e.object[e.start:e.end]))
print(s.encode(), s.encode(errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"), s.encode("latin-1", "replace"))
print(b"\xfe\xff\x00a".decode("utf-16"), b"\xff\xfea\x00".decode("utf-16"), b"a\x00".decode("utf-16"), b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32"))
print(repr(b"".decode("utf-16")), repr(b"".decode("utf-32")), repr("".encode("utf-16")), repr("".encode("utf-32")))
e = None
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as ex:
    e = ex
print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason, str(e))
try:
    "ab\u20accd".encode("ascii")
except UnicodeEncodeError as ex:
    e = ex
print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason, str(e))
print(isinstance(e, ValueError), isinstance(e, UnicodeError))
for bad in [b"\xc0\x80", b"\xc2", b"\xe0\xa0", b"\xed\xbf\xbf", b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80", b"\x80", b"a\xe2\x82", b"\xf0\x9f\x98\x80\xf0", b"\xef\xbf\xbf"]:
    for h in ["strict", "replace", "ignore", "surrogateescape", "backslashreplace"]:
        err(lambda: bad.decode("utf-8", h))
# surrogateescape round trip
raw = b"\xffabc\x80\xfe"
t = raw.decode("utf-8", "surrogateescape")
print(ascii(t), t.encode("utf-8", "surrogateescape") == raw, t.encode("ascii", "surrogateescape"), t.encode("latin-1", "surrogateescape"))
sp = "\ud83d\ude00"
print(ascii(sp), sp.encode("utf-8", "surrogatepass"), sp.encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass") == sp, sp.encode("utf-16-le", "surrogatepass"))
err(lambda: "x".encode("nope"))
err(lambda: b"x".decode("nope"))
err(lambda: "é".encode("ascii", "bogus"))
err(lambda: b"\xff".decode("ascii", "bogus"))
print("é".encode("utf-8", "bogus"), b"abc".decode("ascii", "bogus"))
err(lambda: "x".encode(1))
err(lambda: "x".encode("utf-8", 1))
err(lambda: b"x".decode(None))
print(bytes("abc", "ascii"), bytes("é", "utf-8"), bytes("é", encoding="latin-1"), bytearray("é", "utf-16-le"))
err(lambda: bytes("é", "ascii"))
err(lambda: bytes("é"))
err(lambda: bytes(encoding="utf-8"))
err(lambda: bytes(b"x", "utf-8"))
print(str(b"\xe9", "latin-1"), str(memoryview(b"abc"), "ascii"))
print("\x00\x7f".encode("ascii"), bytes(range(256)).decode("latin-1") == "".join(map(chr, range(256))))
