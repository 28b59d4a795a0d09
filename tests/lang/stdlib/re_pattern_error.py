import re
for p in ["(?P<a>x)(?P<a>y)", "(?P<name>x)(?P<name>y)", "a(", "(?P<1>x)", "[a-"]:
    try:
        re.compile(p)
    except re.error as e:
        print(type(e).__name__, type(e).__module__, e, e.pos)
print(re.error is re.PatternError)
