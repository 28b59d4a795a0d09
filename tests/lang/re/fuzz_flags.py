# differential fuzz with flags, bytes patterns and pos/endpos windows
import re
seed = 987
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % n
atoms = ["a", "B", "k", "s", ".", "\\w", "\\W", "[a-c]", "[^B]", "[K-S]", "^", "$", "\\b", "\\B", "\\n", "\\Z", "\\A"]
def gen(d):
    k = rnd(9 if d < 3 else 4)
    if k < 4:
        return atoms[rnd(len(atoms))]
    if k == 4:
        return gen(d + 1) + gen(d + 1)
    if k == 5:
        return "(" + gen(d + 1) + "|" + gen(d + 1) + ")"
    if k == 6:
        a = gen(d + 1)
        return a if a in ("^", "$", "\\b", "\\B", "\\Z", "\\A") else "(?:" + a + ")" + ["*", "+?", "{0,2}", "?"][rnd(4)]
    if k == 7:
        return "(" + gen(d + 1) + ")\\%d" % 1 if False else "(?<=" + atoms[rnd(9)] + ")"
    return "(" + gen(d + 1) + ")"
flagsets = [0, re.I, re.M, re.S, re.I | re.M, re.A | re.I, re.S | re.M]
alpha = "aAbBkKsS\u017f\u212a\n "
n = 0
for i in range(250):
    p = gen(0)
    f = flagsets[rnd(len(flagsets))]
    for as_bytes in (False, True):
        pat = p.encode("latin-1") if as_bytes else p
        if as_bytes and "\\" in p and False:
            continue
        try:
            c = re.compile(pat, f & ~re.U if as_bytes else f)
        except Exception as e:
            print(repr(pat), f, type(e).__name__, e)
            continue
        for j in range(3):
            s = "".join(alpha[rnd(len(alpha))] for _ in range(rnd(8)))
            if as_bytes:
                s = s.encode("utf-8")
            a, b = rnd(len(s) + 1), rnd(len(s) + 2)
            m = c.search(s, a, b)
            r = None if m is None else (m.span(), m.groups(), m.lastindex)
            mm = c.match(s, a, b)
            print(repr(pat), int(f), repr(s), a, b, r, mm and mm.span(), c.findall(s, a, b), c.sub("#" if not as_bytes else b"#", s))
            n += 1
print(n)
