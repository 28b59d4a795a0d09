# parameter and argument list errors
def check(src, mode="exec"):
    try:
        compile(src, "<case>", mode)
        print("OK", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
    except Exception as e:
        print(type(e).__name__, e)

for src in ["f(a=1, b)", "f(**k, b)", "f(**k, *a)", "f(x for x in y, 1)", "f(1, x for x in y)",
            "f(a for a in b, c for c in d)", "f(a=)", "f(True=1)", "f(a.b=1)", "f(a=1, a=2)",
            "f(*)", "f(**)", "f(,)", "f(a,,b)", "f(a b)", "f(*a, b)", "f(**a, *b)", "f(x=1 for x in y)",
            "def f(a=1, b): pass", "def f(a, a): pass", "def f(*): pass", "def f(*, **k): pass",
            "def f(**k, a): pass", "def f(**k, *a): pass", "def f(*a, *b): pass",
            "def f(a, /, b, /): pass", "def f(/, a): pass", "def f(*a, /): pass", "def f(*a=1): pass",
            "def f(**k=1): pass", "def f(a, *, b, c=1, d): pass", "def f(a=1, /, b): pass",
            "lambda a=1, b: 0", "lambda *: 0", "lambda *, **k: 0", "lambda a, /, b, /: 0",
            "lambda (a): 0", "def f((a, b)): pass", "def f(a: int = 1, b: str): pass",
            "class A(x for x in y): pass", "class A(a=1, b): pass",
            "def f[](): pass", "class A[]: pass", "def f[*Ts: int](): pass", "def f[**P: int](): pass",
            "type X[] = int", "type X", "def f(a, *, b=1): pass", "def f(**kw: *Ts): pass"]:
    check(src)
