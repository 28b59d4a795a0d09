import re
from _diff import show
subjects = ["", "a", "ab", "abc", "aabb", "abab", "abcabc", "xaybzc", "aaa"]
pats = ["(a)", "(a)(b)", "((a)b)", "(a(b))", "(a)|(b)", "(a)|b", "(?:(a)|b)*", "(a|b)*", "(a|b)*?c",
        "((a)|(b))+", "(a)?(b)?", "(a*)(b*)", "(?P<first>a)(?P<second>b)?", "(?P<n>a)|(?P<m>b)",
        "(a)+", "(a)+?", "(ab)*", "(ab)+c", "(?:(a)|(b)|(c))+", "x(a|b|c)", "(a)(?:b)(c)", "((((a))))"]
for p in pats:
    show(p, subjects)
m = re.match(r"(?P<a>x)(?P<b>y)?", "xz")
print(m.group(0, 1, 2), m.group("a"), m.groupdict(), m.groupdict("-"), m.groups("-"), m.span("b"), m.start(2), m.end(1))
print(m["a"], m[0], m.lastgroup, m.lastindex, m.regs, m.expand(r"<\g<a>\1>"))
for bad in [3, "zz", -1, 1.5, None]:
    try:
        print(m.group(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(re.match(r"(a)(b)(c)", "abc").lastindex, re.match(r"(a)((b)(c))", "abc").lastindex)
print(re.match(r"(?P<o>(?P<i>a))", "a").lastgroup, re.match(r"(a)|(?P<z>b)", "b").lastgroup)
