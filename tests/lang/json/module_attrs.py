# Module-level names of the json package that programs use: patterns, tables, c_/py_ variants.
import json
import json.decoder as D
import json.encoder as E
import json.scanner as S

print(E.ESCAPE.pattern, E.ESCAPE_ASCII.pattern, E.HAS_UTF8.pattern)
print(D.WHITESPACE.pattern, D.WHITESPACE.flags == D.FLAGS, D.STRINGCHUNK.pattern, repr(D.WHITESPACE_STR))
print(sorted(D.BACKSLASH.items()))
print(S.NUMBER_RE.pattern, S.NUMBER_RE.match("-12.5e3x").groups())
print(D.WHITESPACE.match("  \n x").end(), D.STRINGCHUNK.match('ab"c').groups())
print(E.ESCAPE.sub(lambda m: E.ESCAPE_DCT[m.group(0)], 'a"b\n'), bool(E.HAS_UTF8.search("\u00e9".encode())))
print(sorted(E.ESCAPE_DCT.items())[:6], len(E.ESCAPE_DCT))
print(E.INFINITY, D.PosInf, D.NegInf, D.NaN != D.NaN)
print(json.__all__)
print(callable(S.py_make_scanner), callable(S.c_make_scanner), callable(D.py_scanstring))
for name in ["nope", "ESCAPEX"]:
    try:
        getattr(E, name)
    except AttributeError as e:
        print("AttributeError", e)
try:
    D.nope
except AttributeError as e:
    print("AttributeError", e)
print(json.detect_encoding(b'{"a": 1}'), json.detect_encoding('[1]'.encode('utf-16-le')),
      json.detect_encoding('[1]'.encode('utf-16')), json.detect_encoding(b'\xef\xbb\xbf[]'),
      json.detect_encoding('[1]'.encode('utf-32-be')))
print(type(json.JSONDecoder().scan_once).__name__, type(json.JSONDecoder().parse_string).__name__)
print(E.encode_basestring_ascii("\u00e9"), E.encode_basestring("\u00e9"))
print(json.__version__)

# decode()/raw_decode() of non-str documents
d = json.JSONDecoder()
for x in [b'[1]', bytearray(b'1'), 5, None, ['x'], memoryview(b'1')]:
    for f in (d.decode, d.raw_decode):
        try:
            print(f(x))
        except Exception as e:
            print(type(e).__name__, e)


class S(str):
    pass


print(d.decode(S(' [1] ')), d.raw_decode(S('[2]')))
