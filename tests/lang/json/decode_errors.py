# Every JSONDecodeError message of json.loads, with line/column/pos attributes.
import json

docs = [
    "", " ", "[", "]", "{", "}", "[1", "[1,", "[1,]", "[1 2]", "[,1]", "{\"a\"", "{\"a\":", "{\"a\":1",
    "{\"a\":1,}", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "{1:2}", "{'a':1}", "{,}", "nul", "tru", "fals",
    "NaNx", "Infinit", "-Infinit", "-", "--1", "01", "1.", "1.e5", ".5", "1e", "1e+", "1E-",
    "+1", "0x10", "\"abc", "\"abc\\", "\"\\x\"", "\"\\u12\"", "\"\\u1234", "\"\\uzzzz\"",
    "\"\\uD834\\uDD1\"", "\"\\uD834\\uDD1E", "\"a\tb\"", "\"a\nb\"", "\"\x00\"", "\"\x1f\"",
    "[1]x", "[1] [2]", "1 2", "\"a\" \"b\"", "[\n1,\n2\n,]", "{\n  \"a\": 1,\n  \"b\" 2\n}",
    "\ufeff[1]", "[\"\u00e9\", x]", "[\"\U0001f600\",\n \"\u20ac\" x]", "\"\u00e9\\q\"",
    "[1,\n\n  ]", "  \n  ", "tru\ne", "[True]", "[None]", "[nan]", "[inf]", "[-0x1]",
]
for d in docs:
    try:
        r = json.loads(d)
        print(repr(d), "->", repr(r))
    except json.JSONDecodeError as e:
        print(repr(d), "JSONDecodeError", e, "|", e.msg, e.lineno, e.colno, e.pos, e.doc == d)
    except Exception as e:
        print(repr(d), type(e).__name__, e)

# bytes input
for b in [b"[1, 2]", "[\"\u00e9\"]".encode("utf-16"), "[1]".encode("utf-32-le"), b"\xef\xbb\xbf[1]", b"[x]"]:
    try:
        print(repr(json.loads(b)))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [1, None, [1], 1.5]:
    try:
        json.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)

# the exception is a ValueError, picklable, and raw_decode reports positions
e = None
try:
    json.loads("[1,,2]")
except ValueError as exc:
    e = exc
print(isinstance(e, ValueError), e.args)
import pickle
e2 = pickle.loads(pickle.dumps(e))
print(type(e2).__name__, e2, e2.pos)
dec = json.JSONDecoder()
print(dec.raw_decode("[1, 2] tail"))
print(dec.raw_decode("xx {\"a\": 1} yy", 3))
print(dec.raw_decode("\u00e9\u00e9 [\"\u00e9\"] z", 3))
try:
    dec.raw_decode("[1]", 5)
except json.JSONDecodeError as exc:
    print("JSONDecodeError", exc)
