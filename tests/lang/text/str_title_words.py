tests = ["hello world", "HELLO WORLD", "they're bill's friends from the UK", "python3 is great", "o'neil mcdonald", "ŝtatoj ĉiuj", "αβγ δεζ", "1st 2nd 3rd", "a-b_c d.e", "hello\tworld\nnew", "ǆemal ǈubljana", "ﬂour ﬁne", "x", "", "ΣΑΣ ΣΑΣ", "ᾳ ᾼ", "123", "a1b2 c3d4", "MiXeD CaSe"]
for t in tests:
    print(repr(t.title()), t.title().istitle(), repr(t.capitalize()), repr(t.swapcase()), t.istitle())
