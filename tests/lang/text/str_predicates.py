samples = ["", "abc", "ABC", "Abc", "123", "½", "²", "٣", "௫", "一", "Ⅷ", "a1", "a 1", " ", "\t\n", "\u3000", "\xa0", "\u200b", "\x1c", "é", "_x", "1x", "x1", "日本", "😀", "a\x00", "a\x7f", "\u0378", "\ud800", "a b", "def", "ℌ", "℮", "Ⅻ", "ᾼ", "ǅ", "\u2028", "abc\u0301", "\x85", "ⅰ", "𝟘", "🄀", "\U000e0041", "$", "·", "x·y", "℘", "a-b"]
for s in samples:
    print(ascii(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isprintable(), s.isidentifier(), s.isascii(), s.islower(), s.isupper(), s.istitle())
