# Unicode: escapes in both directions, surrogates, non-BMP, ensure_ascii, positions in non-ASCII docs.
import json

strs = ["", "ascii", "\u00e9\u00e8", "\u4e2d\u6587", "\U0001f600\U0001f680", "\ud800", "\udc00",
        "\ud800\udc00", "a\ud83dz", "\x00\x1f\x20\x7e\x7f\x80\x9f\xa0\xff", "\u2028\u2029", "\ufeff",
        "\uffff", "\U0010ffff", "mixed \u00e9 \"q\" \\ \n \U0001f600 \ud800"]
for s in strs:
    a = json.dumps(s)
    u = json.dumps(s, ensure_ascii=False)
    print(a, repr(u), json.loads(a) == s, json.loads(u) == s)

for doc in ['"\\u00e9"', '"\\u00E9"', '"\\uD83D\\uDE00"', '"\\ud83d\\ude00"', '"\\ud83d"',
            '"\\ude00\\ud83d"', '"\\ud83d\\u0020"', '"\\ud83d\\ud83d\\ude00"', '"\\u0000"',
            '"\u00e9\\n\U0001f600"', '["\u00e9", "\\u00e9"]', '{"\u00e9": "\u00e9"}']:
    v = json.loads(doc)
    print(doc, repr(v), [hex(ord(c)) for c in v] if isinstance(v, str) else "")

# error positions count code points, not bytes
for doc in ['"\u00e9\u00e9\u00e9" x', '["\U0001f600", "\U0001f600", !]', '{"\u4e2d": 1,, }',
            '\u00e9', '"\U0001f600\\q"', '["\u00e9\n\u00e9", \n x]', '"\u00e9\x01"', '"\u00e9\u00e9']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), e, e.pos, e.lineno, e.colno)

dec = json.JSONDecoder()
s = "\u00e9\u00e9 [\"\U0001f600\", 1] \u00e9"
print(dec.raw_decode(s, 3))
print(dec.raw_decode('"\u20ac\u20ac" tail'))
print(json.loads(json.dumps({"k\u00e9y": ["v\U0001f600"] * 3}, ensure_ascii=False)))
