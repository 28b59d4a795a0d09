import unicodedata as u

print(u.unidata_version)
chars = "aZ5 \t\n\u00e9\u00bd\u0660\u0669\u2167\u2460\u00b2\u0301\u05d0\u0627\u06f3\u200b\u200e\u202e" \
        "\u2066\u3000\uff21\uff61\u4e00\u4e94\uac00\u0028\u0029\u005b\u00ab\u2264\u221a\U0001f600" \
        "\U0001d7d8\U00020000\ue000\U000f0000\u0378\ufffd\u00ad\u0e31\u1100\u20ac\u00a0\u2028\u0f3a"
for ch in chars:
    print(ascii(ch), u.category(ch), u.bidirectional(ch), u.combining(ch), u.east_asian_width(ch),
          u.mirrored(ch), repr(u.decomposition(ch)), u.decimal(ch, None), u.digit(ch, None),
          u.numeric(ch, None), u.name(ch, None))

for name in ["LATIN SMALL LETTER A", "latin small letter a", "EURO SIGN", "BYTE ORDER MARK",
             "HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-4E00", "GRINNING FACE", "LINE FEED",
             "NULL", "SNOWMAN", "nope nope", "CJK UNIFIED IDEOGRAPH-FFFF", "HANGUL SYLLABLE XYZ"]:
    try:
        print(name, ascii(u.lookup(name)))
    except KeyError as e:
        print(name, type(e).__name__, e)
print(ascii(u.lookup(b"EURO SIGN")))

def err(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
for f in (u.category, u.bidirectional, u.combining, u.east_asian_width, u.mirrored, u.decomposition):
    err(f, 5)
    err(f, "ab")
    err(f, "")
for f in (u.decimal, u.digit, u.numeric, u.name):
    err(f, "x")
    err(f, "x", "dflt")
    err(f, "x", 1, 2)
    err(f)
    err(f, 7)
err(u.name, "\x00")
err(u.lookup, 5)
err(u.lookup, "a" * 300)
err(u.lookup, "A" * 50)

# aggregate checks over whole planes
print(sum(1 for c in range(0x10000) if u.combining(chr(c))), sum(u.mirrored(chr(c)) for c in range(0x10000)))
print(sum(1 for c in range(0x30000) if u.decomposition(chr(c))))
print(sorted(set(u.east_asian_width(chr(c)) for c in range(0x10000))))
print(sorted(set(u.bidirectional(chr(c)) for c in range(0x10000))))
print([u.numeric(ch) for ch in "\u00bc\u00bd\u00be\u2155\u216b\u3405\u4e07"])
