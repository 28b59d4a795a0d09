import re
from _diff import show
subjects = ["", "abc-]^\\", "A1 b2_C3", "x.y*z", "tab\there\nnl", "é ü 5 ٣ ½", "[]", "a-z"]
pats = ["[a-]", "[-a]", "[]a]", "[^]a]", "[\\]]", "[\\\\]", "[\\^]", "[a^]", "[\\w.]+", "[\\W]", "[^\\w\\s]+",
        "[\\d]+", "[\\D]+", "[\\s]+", "[\\S]", "[.*]", "[\\t\\n]", "[\\x41-\\x43]", "[\\u00e9]", "[0-9_]+",
        "[^\\d\\W]+", "[a-zA-Z]+", "[\\0-\\x1f]", "[^a-z0-9]"]
for p in pats:
    show(p, subjects)
    show(p, subjects, re.A)
print(re.findall(r"[\d]", "1٣5"), re.findall(r"[\d]", "1٣5", re.A), re.findall(r"\d", "½٣"))
print(re.findall(r"\s+", "a\x1c\x1d b\u2003c\u00a0d"), re.findall(r"\s+", "a\x1c\x1d b\u2003c\u00a0d", re.A))
print(re.findall(r"\w+", "naïve_ß ǅ 5½ x"), re.findall(r"\w+", "naïve_ß ǅ 5½ x", re.A))
for bad in ["[a", "[z-a]", "[\\d-z]", "[a-\\d]", "[]"]:
    try:
        re.compile(bad)
    except Exception as e:
        print(type(e).__name__, e)
