import sys
s = "Ünïcödé ☃ 中文 👍🏽 \u00e9 e\u0301"
print(len(s), ascii(s), s.upper(), s.lower(), s.title(), s.casefold())
print(s.encode("utf-8"), len(s.encode("utf-8")), len(s.encode("utf-16-le")), len(s.encode("utf-32-le")))
print("e\u0301" == "\u00e9", "\u00e9" < "e\u0301", sorted(["é", "e", "f", "E", "ê"]))
print(list(map(ord, "👍🏽")), chr(0x1F44D) + chr(0x1F3FD) == "👍🏽")
sur = "\ud800"
print(len(sur), ascii(sur), repr(sur), sur.isprintable(), sur == "\ud800", ascii(sur + "\udc00"), len(sur + "\udc00"))
try:
    sur.encode()
except UnicodeEncodeError as e:
    print("encode", e.start, e.end, e.reason)
print(ascii(sur.encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")))
a = sys.intern("hello_" + "world")
b = sys.intern("hello_world")
print(a is b, a == "hello_world")
print("\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "α", "\x41\u0042\U00000043")
print("ǅ".istitle(), "ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ǅemal".capitalize())
print("Straße".upper(), "STRASSE".lower(), "straße".casefold() == "strasse".casefold(), "ﬁx".upper(), "ﬁx".title())
print("ΣΊΣΥΦΟΣ".lower(), "ΌΣΟΣ ΌΣΟΣ".lower(), "Σ".lower(), "ΑΣ ".lower(), "ΑΣ1".lower(), "Α.Σ".lower())
print("i̇".upper(), "İ".lower(), len("İ".lower()), "ŉ".upper(), "ǰ".upper(), "ΐ".upper())
print("١٢٣".isdecimal(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal())
print("日本語".center(9, "＊"), "日本語".ljust(5, "-"), "{:^9}".format("日本語"), "%-6s|" % "日本語")
for w in "Hello, 世界! Ça va? 👋".split():
    print(w, len(w), w.isalpha(), w[::-1])
print("\t".join(["α", "β"]).expandtabs(4), "a\u2028b\u2029c\x85d".splitlines(), "x\u3000y".split())
print("😀" * 3, ("ab" * 1000).count("ba"), ("é" * 100)[50:53], len("é" * 100000))
