import codecs, io, os, tempfile

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM == codecs.BOM_UTF16, codecs.BOM32_LE, codecs.BOM64_BE)

# incremental decoders split at every position give the same text
text = "aé€𝄞z\n"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig", "latin-1"]:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
        data = "aéz".encode(enc)
    ok = True
    for i in range(len(data) + 1):
        d = codecs.getincrementaldecoder(enc)()
        s = d.decode(data[:i]) + d.decode(data[i:], final=True)
        if s != data.decode(enc):
            ok = False
    print(enc, ok, len(data))
    d = codecs.getincrementaldecoder(enc)()
    print(" bytewise", repr("".join(d.decode(data[j:j + 1]) for j in range(len(data))) + d.decode(b"", True)))

# incremental encoders
for enc in ["utf-8", "utf-16", "utf-32", "utf-8-sig", "ascii"]:
    e = codecs.getincrementalencoder(enc)()
    print(enc, e.encode("ab"), e.encode("c"), e.encode("", True))

# truncated data at final
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"a\xe2\x82")))
try:
    d.decode(b"", final=True)
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
d = codecs.getincrementaldecoder("utf-8")("replace")
print(repr(d.decode(b"a\xe2\x82")), repr(d.decode(b"", True)))
try:
    codecs.getincrementaldecoder("utf-8")().decode(b"\xff")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)

# stream reader/writer on BytesIO
for enc in ["utf-8", "utf-16", "utf-32-le"]:
    buf = io.BytesIO()
    w = codecs.getwriter(enc)(buf)
    w.write("first line\n")
    w.write("zweite Zeile ü\r\n")
    w.writelines(["third", " line"])
    raw = buf.getvalue()
    print(enc, len(raw), raw[:6])
    r = codecs.getreader(enc)(io.BytesIO(raw))
    print(repr(r.readline()), repr(r.readline(keepends=False)), repr(r.readline()), repr(r.readline()))
    r = codecs.getreader(enc)(io.BytesIO(raw))
    print(r.readlines())
    r = codecs.getreader(enc)(io.BytesIO(raw))
    print(repr(r.read(5)), repr(r.read(3)), repr(r.read()))

# codecs.open
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f.txt")
    with codecs.open(p, "w", encoding="utf-16") as f:
        print(f.encoding)
        f.write("héllo\nwörld\n")
    with open(p, "rb") as f:
        print(f.read())
    with codecs.open(p, "r", encoding="utf-16") as f:
        print(f.read())
    with codecs.open(p, "r", encoding="utf-16") as f:
        print([line for line in f])
    f = codecs.open(p, "rb")
    print(type(f).__name__, f.read()[:4])
    f.close()
    try:
        codecs.open(p, "r", encoding="bogus-enc")
    except LookupError as e:
        print(type(e).__name__, e)

# EncodedFile: latin-1 outside, utf-8 on the file
b = io.BytesIO("grün\n".encode("utf-8"))
ef = codecs.EncodedFile(b, "latin-1", "utf-8")
print(ef.read())

# custom search function
def search(name):
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)),
                                name="my-codec")
    return None
codecs.register(search)
print(codecs.lookup("My Codec").name, codecs.encode("abc", "my codec"), codecs.decode(b"XYZ", "my_codec"))
codecs.unregister(search)
try:
    codecs.lookup("my_codec")
except LookupError as e:
    print(type(e).__name__, e)
def bad(name):
    return 5
codecs.register(bad)
try:
    codecs.lookup("nothing-here")
except TypeError as e:
    print(type(e).__name__, e)
codecs.unregister(bad)

info = codecs.lookup("utf-8")
print(isinstance(info, tuple), len(info), info[0] is info.encode, info.name)
ci = codecs.CodecInfo(None, None, name="x")
print(ci.name, ci.incrementalencoder, tuple(ci))
print(codecs.utf_8_encode("é"), codecs.latin_1_encode("é"), codecs.ascii_decode(b"ab"))
print(codecs.utf_32_decode(b"\xff\xfe\x00\x00a\x00\x00\x00b\x00"))
print(codecs.utf_16_be_decode(b"\x00a\xd8"), codecs.utf_16_le_decode(b"a\x00\x00\xd8"))
print(codecs.unicode_escape_decode(b"a\\u00e9\\n"), codecs.unicode_escape_encode("é\n"))
print(codecs.raw_unicode_escape_encode("é\u20ac"), codecs.raw_unicode_escape_decode(b"\\u20ac"))
print(codecs.lookup_error("strict") is codecs.strict_errors, codecs.lookup_error("ignore") is codecs.ignore_errors)
print(codecs.xmlcharrefreplace_errors(UnicodeEncodeError("ascii", "a€", 1, 2, "r")))
print(codecs.namereplace_errors(UnicodeEncodeError("ascii", "a€", 1, 2, "r")))
print(codecs.lookup_error("surrogateescape")(UnicodeDecodeError("utf-8", b"a\xff", 1, 2, "r")))
print(codecs.ignore_errors(UnicodeDecodeError("utf-8", b"a\xff", 1, 2, "r")))
try:
    codecs.strict_errors(UnicodeDecodeError("utf-8", b"a\xff", 1, 2, "bad"))
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    codecs.xmlcharrefreplace_errors(UnicodeDecodeError("utf-8", b"a\xff", 1, 2, "bad"))
except TypeError as e:
    print(type(e).__name__, e)
