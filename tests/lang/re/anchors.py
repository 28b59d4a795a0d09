import re
from _diff import show
subjects = ["", "\n", "a", "a\n", "a\nb", "a\nb\n", "\na\n\nb", "ab cd", " ab", "a_b-c"]
pats = ["^", "$", "^a", "a$", "^b", "b$", "^$", "$\\n", "\\A", "\\Z", "\\Aa", "b\\Z", "\\b", "\\B", "\\ba", "a\\b", "\\Bb", "^\\w+$", "\\w+$", "(?m)^\\w", "(?m)\\w$", "(?m)^$", "(?s).+", ".+"]
for p in pats:
    show(p, subjects)
    show(p, subjects, re.M)
for p in ["\\b\\w", "\\B\\w"]:
    show(p, ["é a", "naïve café", "x\u00e9y"])
    show(p, ["é a", "naïve café", "x\u00e9y"], re.A)
c = re.compile(r"\b")
print([c.search("ab", i, j) is not None for i in range(3) for j in range(3)])
print(re.compile("a$").match("ab", 0, 1), re.compile("^b").search("ab", 1), re.compile(r"\Ab").search("ab", 1))
