import re
from _diff import show
subjects = ["", "aa", "abab", "abba", "aA", "abcabc", "xyzzy", "a-a b-c c-c", "<b>x</b> <i>y</b>"]
pats = [r"(a)\1", r"(\w)\1", r"(\w+)\1", r"(\w)(\w)\2\1", r"(?P<c>\w)(?P=c)", r"(\w)-\1", r"<(\w)>.*?</\1>",
        r"(a)?(?(1)a|b)", r"(a)?b(?(1)c)", r"(?P<q>')?\w+(?(q)')", r"(a)|\1", r"(a)?\1", r"(a*)\1b",
        r"(?:(a)|b)(?(1)x|y)", r"(\w)?(?(1)\1|z)"]
for p in pats:
    show(p, subjects)
    show(p, subjects, re.I)
print(re.findall(r"(?i)(\w)\1", "aA Bb éÉ ſs"), re.findall(r"(?i)(\w)\1", "aA Bb éÉ", re.A))
for bad in [r"\1", r"(a)\2", r"(?P=x)", r"(?(2)a)", r"(a)(?(0)a)", r"(a\1)", r"(?(1)a|b|c)", r"(?(x)a)"]:
    try:
        re.compile(bad)
    except Exception as e:
        print(type(e).__name__, e)
