# unicode_escape, raw_unicode_escape and utf-8-sig codecs
tests = ["abc", "a\\b", "tab\there\n", "é", "\x7f\x80", "日本", "😀", "'\"", "\ud800", "\x00"]
for t in tests:
    print(ascii(t), t.encode("unicode_escape"), t.encode("raw_unicode_escape", "surrogatepass" if "\ud800" in t else "strict"))
for b in [b"abc", b"\\n\\t\\\\", b"\\x41\\u00e9\\U0001F600", b"\\101\\7", b"\\q", b"\\", b"\\x4", b"\\u12", b"\\U00110000", b"\xe9", b"\\'\\\"\\a\\b\\f\\v"]:
    for codec in ["unicode_escape", "raw_unicode_escape"]:
        for h in ["strict", "replace", "ignore", "backslashreplace"]:
            try:
                print(b, codec, h, ascii(b.decode(codec, h)))
            except Exception as e:
                print(b, codec, h, type(e).__name__, e)
print(b"\xef\xbb\xbfabc".decode("utf-8-sig"), b"abc".decode("utf-8-sig"), "abc".encode("utf-8-sig"), "".encode("utf-8-sig"), b"".decode("utf-8-sig"), b"\xef\xbb".decode("utf-8-sig", "replace"))
print(b"\\u00e9\\n".decode("unicode-escape"), "é\n".encode("Unicode_Escape"), repr("\x00\x1f".encode("unicode_escape")), "\\".encode("raw-unicode-escape"))
print(repr(b"\\\\u0041".decode("raw_unicode_escape")), repr(b"\\\\\\u0041".decode("raw_unicode_escape")))
