# handlers registered with codecs.register_error work for str.encode / bytes.decode too
import codecs

def tagged(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("<%s>" % ",".join("%x" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("<%s>" % exc.object[exc.start:exc.end].hex(), exc.end)
    raise TypeError("unexpected")
codecs.register_error("test.tagged", tagged)
print("aé€b".encode("ascii", "test.tagged"))
print("aé€b".encode("latin-1", "test.tagged"))
print(b"a\xff\xfeb".decode("ascii", "test.tagged"))
print(b"a\xc3b".decode("utf-8", "test.tagged"))
print(codecs.encode("xé", "ascii", "test.tagged"), codecs.decode(b"x\x80", "ascii", "test.tagged"))
print(codecs.lookup_error("test.tagged") is tagged)

def skip_two(exc):
    return ("", exc.start + 2)
codecs.register_error("test.skip2", skip_two)
print("aéxyz".encode("ascii", "test.skip2"), b"a\xffxyz".decode("ascii", "test.skip2"))

def bad_return(exc):
    return "nope"
codecs.register_error("test.bad", bad_return)
for f in [lambda: "é".encode("ascii", "test.bad"), lambda: b"\xff".decode("ascii", "test.bad"),
          lambda: "é".encode("ascii", "test.unknown"), lambda: codecs.register_error("x", 1),
          lambda: codecs.lookup_error("test.unknown")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def far(exc):
    return ("!", 100)
codecs.register_error("test.far", far)
try:
    "é".encode("ascii", "test.far")
except IndexError as e:
    print(type(e).__name__, e)
print("é".encode("ascii", "test.unknown") if False else "ascii-only".encode("ascii", "test.unknown"))
