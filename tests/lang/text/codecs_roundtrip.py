sample = "".join(map(chr, [0, 0x41, 0x7F, 0x80, 0xFF, 0x100, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]))
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    b = sample.encode(enc)
    print(enc, len(b), b[:8].hex(), b[-6:].hex(), b.decode(enc) == sample)
print("\ufeffabc".encode("utf-16"), b"\xff\xfe\xff\xfea\x00".decode("utf-16"), ascii(b"\xef\xbb\xbfabc".decode("utf-8")))
print(ascii(b"\xfe\xff\x00a".decode("utf-16-le")), ascii(b"a\x00".decode("utf-16-be")))
allbytes = bytes(range(256))
print(allbytes.decode("latin-1").encode("latin-1") == allbytes, len(allbytes.decode("utf-8", "replace")), len(allbytes.decode("utf-8", "ignore")), allbytes.decode("ascii", "replace").count("\ufffd"))
print(allbytes.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == allbytes)
print(allbytes.decode("ascii", "backslashreplace")[-20:])
chunk = "añ😀" * 1000
print(len(chunk.encode()), chunk.encode().decode() == chunk, len(chunk.encode("utf-16")), chunk.encode("utf-32-be")[:8])
for s in ["", "a", "é", "\u20ac", "😀"]:
    print(ascii(s), [s.encode(e) for e in ("utf-8", "utf-16-le", "utf-32-be", "latin-1") if not (e == "latin-1" and s and ord(s) > 255)])
