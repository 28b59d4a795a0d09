import re
print(re.match(r"(\w+) (\w+)", "Hello World!").groups(), re.search(r"\d+", "abc 123 def").group())
print(re.findall(r"\b\w{3}\b", "the cat sat on a mat"), re.findall(r"(\w)(\d)", "a1 b2 c3"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail john@example.com now"), re.sub(r"\s+", " ", "a   b \t\n c"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"x*", "axbc"))
print(re.sub(r"x*", "-", "abxd"), re.subn(r"a", "b", "aaa", count=2), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "12a"))
m = re.search(r"(?P<year>\d{4})-(?P<mon>\d\d)", "date: 2026-11-25")
print(m, m.group("year"), m["mon"], m.groupdict(), m.span(), m.start(2), m.lastgroup, m.lastindex)
print(re.compile(r"a+b", re.I), re.compile(r"x").pattern, re.compile("(a)(b)?").match("a").groups(), re.compile("(a)(b)?").match("a").groups("-"))
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.b", "a\nb acb", re.S))
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups(), re.match(r"(a+)+b", "aaab").group(), re.search(r"(?<=\$)\d+", "cost $42").group())
print(re.search(r"\d+(?=px)", "width: 100px").group(), re.findall(r"(?<!a)b", "ab cb b"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi yo"))
print(re.match(r"(\w)\1", "aa b"), re.match(r"(?:ab)+", "ababx").group(), re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{2,3}?", "aaaa").group())
print(re.escape("a.b*c"), re.findall(r"[^aeiou\s]+", "hello world"), re.findall(r"[a-cx-z]", "abcdxyz"), re.sub("a", lambda m: m.group().upper(), "banana"))
for bad in ["(", "[a", "a**", "*a", "(?P<1>a)", "a{3,2}", r"\k"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e)
print(re.findall(rb"\d+", b"a1b22"), re.sub(b"a", b"b", b"aa"), re.match(r"", "x"), [m.span() for m in re.finditer(r"\w*", "ab c")])
print(re.match(r"(?x) a  b # comment", "ab"), re.findall(r"\s", "a\tb\u00a0c"), re.search("$", "ab\n").span(), re.findall("", "ab"))
