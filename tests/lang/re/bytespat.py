import re
from _diff import show
subjects = [b"", b"abc", b"ABC 123", b"\xe9t\xe9", b"a\nb", b"x\x00y", b"foo bar"]
pats = [rb"a", rb"\w+", rb"\W+", rb"\d", rb"\s", rb"[a-z]+", rb"[^a-z]+", rb"\xe9", rb"(\w)(\w)?", rb"^\w", rb"\b", rb".", rb"(?s).", rb"\x00"]
for p in pats:
    show(p, subjects)
    show(p, subjects, re.I)
print(re.findall(rb"\w+", bytearray(b"ab cd")), re.findall(rb"\w+", memoryview(b"ab cd")))
print(re.search(rb"c", bytearray(b"abc")).span(), re.sub(rb"b", rb"X", b"abcb"), re.sub(rb"(b)", rb"[\1]", b"abcb"))
print(re.split(rb",", b"a,b,,c"), re.subn(rb"\d", b"", b"a1b2"))
for s, p in [("abc", rb"a"), (b"abc", r"a"), (1, r"a"), (None, rb"a")]:
    try:
        re.search(p, s)
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.compile(rb"\u00e9")
except Exception as e:
    print(type(e).__name__, e)
try:
    re.compile(rb"a", re.U)
except Exception as e:
    print(type(e).__name__, e)
s = bytearray(b"xaxa")
print(re.search(b"a", s).group(), re.search(b"a", s).string, re.split(b"a", s), re.sub(b"a", b"b", s), re.sub(b"(a)", rb"[\1]", s))
print(re.findall(b"(a)", memoryview(b"xa")), re.search(b"(a)", s).groups(), re.subn(b"a", b"", s), [m.group() for m in re.finditer(b".", s)])
class S(str):
    pass
print(type(re.search("a", S("xa")).group()).__name__, re.sub("a", "b", S("xa")), re.split("a", S("xay")))
