import re
cases = [(r"\d+", "a1b22c333d"), (r"x*", "abxxc"), (r"", "abc"), (r"(?:)", "ab"), (r"b*", "abbbc"), (r"\b", "ab cd"),
         (r"(,)", "a,b,c"), (r"(,)|(;)", "a,b;c"), (r"\s*", "a b  c"), (r"^", "a\nb"), (r"$", "a\nb\n"), (r"(?m)^", "a\nb\n"),
         (r"a|", "baac"), (r"|a", "baac")]
for p, s in cases:
    print(repr(p), repr(s))
    print("  sub", re.sub(p, "-", s), re.subn(p, "-", s, count=2), re.sub(p, lambda m: "<%s>" % m.group(), s))
    print("  split", re.split(p, s), re.split(p, s, maxsplit=1), re.split(p, s, maxsplit=2))
    print("  findall", re.findall(p, s), [m.span() for m in re.finditer(p, s)])
tpl = [r"\g<0>", r"\g<1>\g<1>", r"[\1]", r"\n\t", r"\\", r"\g<name>", r"x\0y", r"\101", r"a\
b" if False else r"ab"]
for t in tpl:
    try:
        print(repr(t), repr(re.sub(r"(?P<name>b+)", t, "abbcb")))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
for t in [r"\2", r"\g<2>", r"\g<x>", r"\g<", r"\g<1", r"\q", "\\", r"\g<-1>", r"\400"]:
    try:
        re.sub(r"(b)", t, "abc")
    except Exception as e:
        print(repr(t), type(e).__name__, e)
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub("a", "é", "banana"), re.sub("é", "e", "café é"), re.sub("n", "", "banana", count=1))
print(re.sub(r"(?<=a)n", "N", "banana"), re.sub(r"a(?=n)", "A", "banana"))
for r in [1, None, b"x"]:
    try:
        re.sub("a", r, "abc")
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.sub("a", lambda m: 1, "abc")
except Exception as e:
    print(type(e).__name__, e)
print(re.sub("a", lambda m: None if False else "", "aXa"))
