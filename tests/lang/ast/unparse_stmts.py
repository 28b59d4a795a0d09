# ast.unparse of statements and whole modules
import ast

SRCS = [
    "x = 1\ny = 2",
    "x = y = z = 0",
    "x: int\ny: list[int] = []\n(z): int = 1\na.b: str",
    "a += 1\nb **= 2\nc //= 3\nd @= e",
    "del a, b[0], c.d",
    "import a, b.c as d\nfrom . import x\nfrom ..m import y as z\nfrom m import *",
    "global a, b\nnonlocal_var = 1",
    "assert x\nassert x, 'msg'",
    "raise\nraise E\nraise E('x') from None",
    "if a:\n    b\nelif c:\n    d\nelif e:\n    f\nelse:\n    g",
    "if a:\n    b\nelse:\n    if c:\n        d\n    e",
    "while x:\n    pass\nelse:\n    y",
    "for a, b in c:\n    continue\nelse:\n    break",
    "for x in 1, 2:\n    pass",
    "with a:\n    pass\nwith a as b, c as (d, e):\n    pass",
    "try:\n    a\nexcept E:\n    b\nexcept (F, G) as e:\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f",
    "try:\n    a\nfinally:\n    b",
    "try:\n    a\nexcept* E as e:\n    b",
    "def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:\n    return a",
    "def f(*, a):\n    pass\ndef g(a, /):\n    pass\ndef h(*a: int, **k: str):\n    pass",
    "@dec\n@dec2(arg)\ndef f():\n    '''Doc string.'''\n    return",
    "class A:\n    pass\nclass B(A, metaclass=M, **kw):\n    x = 1\n\n    def m(self):\n        return self.x",
    "class C:\n    'doc'",
    "async def f():\n    async with a as b:\n        await b\n    async for x in y:\n        yield x",
    "def f[T](x: T) -> T:\n    return x\nclass C[T: int, *Ts, **P]:\n    pass\ntype A[T = int] = list[T]",
    "match x:\n    case 1:\n        pass\n    case [a, *b]:\n        pass\n    case {'k': v, **rest}:\n        pass\n    case P(a, b=c):\n        pass\n    case (1 | 2) as y if y:\n        pass\n    case None | True:\n        pass\n    case _:\n        pass",
    "match x:\n    case [*_]:\n        pass\n    case {**r}:\n        pass\n    case -1 | 1 + 2j:\n        pass\n    case a.b:\n        pass\n    case (a, b):\n        pass",
    "x = 1\ndef f():\n    pass\ny = 2\nclass C:\n    def a(self):\n        pass\n\n    def b(self):\n        pass\nz = 3",
    "'''module doc'''\nimport os",
    "print(f'{x!r} and {y:>{w}}')",
    "lambda: 0\n(yield)\nawait x",
    "def f():\n    return (yield)\ndef g():\n    x = yield 1\n    yield from y",
    "x = (1, 2)\nfor (a, b) in c:\n    pass\nreturn_ = a, b",
]
for s in SRCS:
    t = ast.parse(s)
    out = ast.unparse(t)
    print(out)
    print('--- same tree:', ast.dump(ast.parse(out)) == ast.dump(t))
