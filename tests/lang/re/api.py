import re, copy, pickle
p = re.compile(r"(?P<w>\w+) (\d+)", re.I | re.M)
print(p.pattern, p.flags, p.groups, dict(p.groupindex), repr(p), p == re.compile(r"(?P<w>\w+) (\d+)", re.I | re.M))
print(copy.copy(p) is p, copy.deepcopy(p) is p, pickle.loads(pickle.dumps(p)) == p)
m = p.search("xx Abc 12 yy")
print(repr(m), m.re is p, m.string, m.pos, m.endpos, m.start(), m.end(), m.span(2), m.regs, bool(m))
print(m.group(), m.group(1, 2), m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m[1], m["w"], m.expand(r"\2-\g<w>"))
m = p.match("Abc 12", 0, 5)
print(m)
m = p.search("Abc 12 Def 34", 3)
print(m and m.span())
print(re.compile("a").search("bab", -5, 100), re.compile("a").search("bab", 2, 1), re.compile("a").match("bab", 1))
print(re.escape("a.b*c?d[e]f{g}h|i^j$k\\l m\tn#o&p~q-r"), re.escape(b"a.b c"), re.escape("é_1"))
print(re.purge(), re.compile("x") is re.compile("x"), re.compile(p) is p)
print(repr(re.compile("a", re.X)), repr(re.compile(b"a", re.I)), repr(re.compile("a", re.A | re.S)))
print(re.I, re.IGNORECASE | re.M, repr(re.A | re.I), re.NOFLAG, int(re.X), re.RegexFlag(2))
for f in [lambda: re.compile(p, re.I), lambda: re.compile(1), lambda: re.compile("a", re.A | re.U),
          lambda: re.compile("a", re.L), lambda: re.search("a", 5), lambda: p.search(b"x"),
          lambda: re.compile(b"a").search("x"), lambda: m.group(5), lambda: re.match("(a)", "a").group("x"),
          lambda: re.sub("a", "\\", "a"), lambda: re.compile("(?P<1>a)"), lambda: re.compile("(?P<a>a)(?P<a>b)")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
sc = re.compile(r"\d").scanner("a1b2")
print(sc.search().span(), sc.search().span(), sc.search())
it = re.finditer(r"\d", "1a2b3")
print(next(it).span(), [m.group() for m in it])
print(re.compile(r"\d").findall("1 2 3", 1, 4), [m.span() for m in re.compile(r"\d").finditer("1 2 3", 1, 4)])
print(re.Pattern, re.Match, isinstance(p, re.Pattern), isinstance(m, re.Match) if m else None)
print(re.fullmatch("a|ab", "ab"), re.fullmatch("(?:a|ab)c?", "ab"), re.compile("ab").fullmatch("xabx", 1, 3))
