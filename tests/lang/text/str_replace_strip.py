cases = [("", "", "x"), ("abc", "", "-"), ("aaaa", "a", ""), ("aaaa", "aa", "b"), ("abcabc", "bc", "XYZ"), ("héhé", "é", "e"), ("😀😀", "😀", "😃😃"), ("abc", "abc", ""), ("abc", "abcd", "z"), ("a.b.c", ".", "")]
for s, old, new in cases:
    print(repr(s), repr(old), repr(new), [s.replace(old, new, c) for c in (-1, 0, 1, 2, 100)])
strips = [("", None), ("   ", None), (" \t\n a b \r\x0b\x0c", None), ("xxaxx", "x"), ("abcab", "ba"), ("aaa", "a"), ("éaé", "é"), ("日本日", "日"), ("\u3000x\u2003", None), ("x\x1c\x1d", None), ("abc", ""), ("😀a😀", "😀")]
for s, chars in strips:
    print(ascii(s), ascii(chars), ascii(s.strip(chars)), ascii(s.lstrip(chars)), ascii(s.rstrip(chars)))
print("www.example.com".strip("cmowz."), "  spacious  ".lstrip(), "mississippi".rstrip("ipz"), "Arthur: three!".lstrip("Arthur: "))
print("TestHook".removeprefix("Test"), "BaseTestCase".removeprefix("Test"), "MiscTests".removesuffix("Tests"), "TmpDirMixin".removesuffix("Tests"))
