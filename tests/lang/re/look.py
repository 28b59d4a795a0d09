import re
from _diff import show
subjects = ["", "ab", "ba", "abc", "aab", "xaby", "bab", "foobar foobaz", "a1b2"]
pats = ["a(?=b)", "a(?!b)", "(?<=a)b", "(?<!a)b", "(?<=ab)c", "(?<=a|b)b", "(?<=(a))b", "(?=(a))", "(?!a)",
        "(?<!^)b", "foo(?=bar)", "foo(?!bar)\\w+", "(?<=foo)ba[rz]", "(?<=\\d)[a-z]", "\\w(?=\\d)",
        "(?=a)(?=ab)a", "(?=(a+))a*b\\1" , "(a)(?=(b))", "(?<=(a))(?=(b))", "(?!(a)b)\\w"]
for p in pats:
    show(p, subjects)
c = re.compile(r"a(?=b)")
print(c.match("ab", 0, 1), c.match("ab"), re.compile(r"(?<=a)b").search("ab", 1))
for bad in [r"(?<=a+)b", r"(?<=a|bc)d", r"(?<=\1)(a)"]:
    try:
        re.compile(bad)
    except Exception as e:
        print(type(e).__name__, e)
