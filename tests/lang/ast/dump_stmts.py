# ast.dump of statements
import ast

SRCS = [
    "x = 1", "x = y = 2", "x, *y = z", "x += 1", "x: int", "x: int = 1", "(x): int = 1", "x.y: int",
    "del x, y[0]", "pass", "assert x, 'msg'", "raise", "raise E", "raise E from c",
    "import a", "import a.b as c, d", "from . import x", "from ..m import a as b, c", "from m import *",
    "global a, b", "def f():\n    nonlocal q",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "while x:\n    break\nelse:\n    continue",
    "for i in range(3):\n    pass\nelse:\n    pass",
    "async def f():\n    async for x in y:\n        pass\n    async with a as b:\n        pass",
    "with a as b, c as (d, e):\n    pass",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass",
    "@dec\ndef f(a, b=1, *args, c, d=2, **kw) -> int:\n    '''doc'''\n    return a",
    "@d1\n@d2(x)\nclass C(B, metaclass=M):\n    x = 1",
    "def f[T, *Ts, **P](x: T) -> T:\n    pass",
    "class C[T: int = str]:\n    pass",
    "type X[T] = list[T]",
    "x; y; z",
]
for s in SRCS:
    print(repr(s))
    print('  ', ast.dump(ast.parse(s)))
