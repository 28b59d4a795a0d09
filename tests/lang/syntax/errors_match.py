# pattern matching syntax errors
def check(src, mode="exec"):
    try:
        compile(src, "<case>", mode)
        print("OK", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
    except Exception as e:
        print(type(e).__name__, e)

for body in ["case 1 as _:", "case 1 as 1:", "case C(a=1, b):", "case 1 + 1:", "case 1j + 1:",
             "case 1 + 1j:", "case -1 - 2j:", "case a.b():", "case {**rest, 'a': 1}:", "case {a: 1}:",
             "case [*a, *b]:", "case *a:", "case x | y:", "case _ | 1:", "case (a, b) as c:",
             "case {'a': 1, 'a': 2}:", "case [a, a]:", "case a if:", "case:", "case 1 if x = 1:",
             "case f(x):", "case 1.0 + 1:", "case {1: _, **_}:", "case C(**k):", "case (*a,):",
             "case [1, 2] as y as z:", "case str() | bytes():", "case 'a' 'b':", "case b'a' 'b':",
             "case -x:", "case ():", "case (1):", "case (1,):", "case {'k': v,}:"]:
    check("match s:\n    " + body + "\n        pass")
check("match s:\n    case 1:\n        pass\n    x = 1")
check("match s:\ncase 1: pass")
check("match s:\n    pass")
check("match s\n    case 1: pass")
check("match:\n    case 1: pass")
