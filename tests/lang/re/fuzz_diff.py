# differential fuzz: random patterns from a small grammar over random subjects;
# the expected output is CPython's, so any engine difference shows up here
import re
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % n
atoms = ["a", "b", "c", ".", "\\w", "\\d", "\\s", "[ab]", "[^a]", "[a-c]", "\\b", "^", "$", "x", "é", "[\\d\\s]"]
def gen(depth):
    k = rnd(10 if depth < 3 else 5)
    if k < 4:
        return atoms[rnd(len(atoms))]
    if k == 4:
        return gen(depth + 1) + gen(depth + 1)
    if k == 5:
        return "(" + gen(depth + 1) + ")"
    if k == 6:
        return "(?:" + gen(depth + 1) + "|" + gen(depth + 1) + ")"
    if k == 7:
        a = gen(depth + 1)
        if a in ("\\b", "^", "$"):
            return a
        return "(?:" + a + ")" + ["*", "+", "?", "{1,2}", "*?", "+?", "??", "*+", "{2}"][rnd(9)]
    if k == 8:
        return "(?" + ["=", "!", ">"][rnd(3)] + gen(depth + 1) + ")"
    return "(" + gen(depth + 1) + ")" + ["*", "+", "?"][rnd(3)]
alphabet = "abcx é1 \n"
count = 0
for i in range(400):
    p = gen(0)
    try:
        c = re.compile(p)
    except re.error as e:
        print(repr(p), "error", e)
        continue
    for j in range(4):
        s = "".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(9)))
        m = c.search(s)
        r = None if m is None else (m.span(), m.groups(), m.lastindex)
        print(repr(p), repr(s), r, c.findall(s), c.sub("-", s), c.split(s))
        count += 1
print(count)
