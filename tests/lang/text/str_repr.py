samples = ["", "abc", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\n", "cr\r", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é", "日本", "😀", "\u200b", "\u2028", "\ud800", "\udfff", "\U000e0001", "\U0010ffff", "\u0378", "\xff", "\uffff", "a'b\"c'", "\\'"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["a", "é", "'"]), ascii(["é", "😀"]), ascii({"k": "ü"}), ascii(1), ascii(b"\xff"))
print(str("a\nb"), "%r" % "é", "%a" % "é", "{!r}".format("\t"), "{!a}".format("😀"), f"{'é'!a}")
class R:
    def __repr__(self):
        return "Rép"
print(ascii(R()), repr(R()), "%a" % R())
