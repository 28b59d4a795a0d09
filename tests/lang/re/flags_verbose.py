import re
from _diff import show
print(re.findall(r"""(?x) \d+   # digits
   \s* [a-z]  # a letter
""", "12 a 3b 45 c"))
print(re.findall("a b # c", "ab a b", re.X), re.findall("[ ]x", " x", re.X), re.findall(r"a\ b", "a b", re.X))
subjects = ["A\nb\nC", "abc\nABC", "x.y\nz"]
for p, f in [("^\\w$", re.M), ("(?m)^\\w$", 0), ("(?s).+", 0), ("(?i)abc", 0), ("(?i:a)bc", 0), ("a(?i:b)c", 0),
             ("(?-i:a)bc", re.I), ("(?s:.)\\w", 0), ("(?m:^)\\w", 0), ("(?a)\\w+", 0), ("(?u)\\w+", 0),
             ("(?x: a b )c", 0), ("(?ims)^a.C$", 0), ("(?i)(?-i:A)B", 0)]:
    show(p, subjects, f)
print(re.compile("(?i)a").flags & re.I, re.compile("(?m)a").flags, re.compile("(?s)(?x)a").flags)
print(re.findall(r"(?i)[^a]", "aAbB"), re.findall(r"[^a]", "aAbB", re.I))
