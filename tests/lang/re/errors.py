import re
bad = ["(", ")", "a)", "[", "[a", "*", "a**", "a{2}{3}", "+a", "?", "a{3,2}", "(?P<>a)", "(?P<a", "(?Pa)",
       "(?<a>x)(?P=b)", "\\", "a\\", "\\x1", "\\u12", "\\U0011ffff", "\\N{nope}", "\\N", "\\q", "(?z)",
       "(?i", "(?-)", "(?i-i:a)", "(?#abc", "(?<=a*)", "(?(1)a|b|c)", "x(?i)", "(?a)(?u)x", "\\8", "[\\9]",
       "\\400", "(?P=1)", "a{4294967296}", "(?x)[a"]
for b in bad:
    try:
        re.compile(b)
        print(repr(b), "ok")
    except re.error as e:
        print(repr(b), type(e).__name__, e, e.pos, e.lineno, e.colno, e.msg)
    except Exception as e:
        print(repr(b), type(e).__name__, e)
try:
    re.compile("ab\n(c")
except re.error as e:
    print(e, e.lineno, e.colno, e.pattern)
print(re.error is re.PatternError, issubclass(re.error, Exception))
