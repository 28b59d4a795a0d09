import re
from _diff import show
subjects = ["", "ABC", "abc", "AbC", "straße STRASSE", "ſ s S", "K k \u212a", "ı i I İ", "Ǆ ǅ ǆ", "ΣσςΣ", "µ Μ μ", "ÿŸ"]
pats = ["abc", "[a-c]+", "s", "[s]", "[r-t]+", "k", "[k]", "[j-l]", "i", "ı", "İ", "[h-j]", "ǆ", "σ", "[σ]", "µ", "[^a-z]+", "\\w+", "ß", "ÿ", "[à-ÿ]"]
for p in pats:
    show(p, subjects, __import__("re").I)
for p in ["abc", "k", "s", "[a-z]+", "[^a-z]"]:
    show(p, subjects, re.I | re.A)
for p in [b"abc", b"[a-c]+", b"\\w+"]:
    show(p, [b"", b"ABC", b"aBc \xe9\xc9", b"xyz"], re.I)
print(re.findall("(?i:a)b", "ab Ab aB AB"), re.findall("a(?-i:b)", "ab Ab aB AB", re.I))
print(re.findall(r"(?i)(\w)\1", "aA bb Cc dE"))
