names = ["a", "_", "_a1", "1a", "a b", "", "é", "日本", "ℕ", "℘", "x·y", "·x", "a\u0300", "\u0300a", "ᢅ", "a-b", "None", "class", "𝔘𝔫𝔦", "Ⅻ", "a٣", "٣a", "a\u200c", "\u2118", "\u212e", "$x", "x$", "ǅ", "ﬁ"]
for n in names:
    print(ascii(n), n.isidentifier())
