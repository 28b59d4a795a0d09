words = ["hello", "HELLO", "Hello World", "hello world", "ß", "straße", "ﬁ", "ǅ", "ǆ", "Ǆ", "İstanbul", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "aΣ", "Σa", "aΣb", "a.Σ", "AΣ.", "ΑΣ'Σ", "ŉ", "éCOLE", "123abc", "abc123DEF", "they're bill's", "ǈudevit", "ΐ", "Ⓐⓑ", "𐐀𐐨", "ﬀﬃ", "a\u0345b", "\u0130", "İi", "ǰ", "x", ""]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
    print("  ", w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum())
