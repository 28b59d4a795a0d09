# more syntax errors CPython 3.13 reports from its parser
def check(src, mode="exec"):
    try:
        compile(src, "<case>", mode)
        print("OK", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
for src in ["[x, y for x, y in z]", "{x, y for x, y in z}", "(x, y for x, y in z)", "def f(x, y) -> : pass",
            "import a.b.c as", "for x in range(10):\n  pass\n else:\n  pass", "if x == 1:\n  pass\nelif:\n  pass",
            "with open(x) as f, :\n  pass", "d = {1: 2, 3}", "f(**kwargs=1)", "lambda x: yield",
            "f(x=1, x=2)", "True: int = 1", "a.b: int, c", "import *", "from x import *, y", "f(a for a in b for)",
            "x = 1 if 2 else", "{**x: 1}", "x += yield", "def f[T](x: T = T): pass", "x = (1, 2,, 3)",
            "f(,)", "print(1,,2)", "x = [,]", "a = 1 b = 2", "def f():\n  return\n    x",
            "class A:\ndef f(self): pass", "x = {'a' 'b': 1}", "x = 'a' 1", "x = 1 'a'", "x = (1 for)",
            "async with x: pass", "def f(): async with x: pass", "x = not", "x = -", "x = ~", "x = a if",
            "x = lambda: ", "x = lambda x=: 0", "f(*a=1)", "f(a, *)", "f(a=1 2)", "x[]", "x[::-1::]",
            "x = {1: 2, **}", "x = {**}", "x = [*]", "x = (*)", "x = a.1", "x = a.(b)", "x = a..b",
            "import a.", "from . import", "from .a import b.c", "global", "global 1", "nonlocal x, 1",
            "raise from e", "assert x,", "del x,", "del (), []", "return *", "yield from", "x = yield from",
            "match x:\n  case 1\n    pass", "match x:\n  case:\n    pass", "type X[T] =", "type X = ",
            "class A(**k, *a): pass", "class A(x=1)(y): pass", "@\nclass A: pass", "@f()\n@\ndef g(): pass",
            "try:\n  pass\nexcept E as e.x:\n  pass", "try:\n  pass\nexcept (A, B), e:\n  pass",
            "try:\n  pass\nfinally:\n  pass\nexcept:\n  pass", "try:\n  pass\nelse:\n  pass\nexcept:\n  pass",
            "while True:\n  pass\nelse\n  pass", "for x in y:\n  pass\nelif z:\n  pass",
            "f'{x:{y!}}'", "f'{x:{}}'", "f'{x!r!s}'", "f'{x=!}'", "f'{x:=}'", "f'{x=:}'", "f'{}'", "f'{ }'",
            "f'{\\'a\\'}'", "f'{x\\n}'", "f'''{\n}'''", "f'{x:{y:{z}}}'"]:
    check(src)
