# SyntaxErrors raised by the symbol table and the compiler
cases = [
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "nonlocal x\n",
    "def f():\n    nonlocal x\n",
    "def f(x):\n    global x\n",
    "def f(x):\n    nonlocal x\n",
    "def f(a, a):\n    pass\n",
    "def f(a, *, a):\n    pass\n",
    "lambda a, a: 1\n",
    "return 1\n",
    "class C:\n    return 1\n",
    "yield 1\n",
    "class C:\n    yield\n",
    "await x\n",
    "def f():\n    await x\n",
    "break\n",
    "continue\n",
    "def f():\n    break\n",
    "for x in y:\n    def g():\n        break\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    [x async for x in y]\n",
    "[(y := 1) for x in (z := [])]\n",
    "[x for x in [(z := 1)]]\n",
    "[i := 0 for i in range(3)]\n",
    "class C:\n    [(y := 1) for x in []]\n",
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, 'j': a}:\n        pass\n",
    "match x:\n    case a | 1:\n        pass\n    case 2: pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case {1: a, 1: b}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "a, *b, *c = d\n",
    "*a = b\n",
    "print(*a for a in b)\n" if False else "x = *a\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
    "def f():\n    global x\n    nonlocal x\n",
    "def f():\n    x: int = 1\n    global x\n",
    "def f():\n    global x\n    x: int\n",
    "def f():\n    from os import *\n",
    "async def f():\n    yield from x\n",
    "def f():\n    async for x in y: pass\n",
    "def f():\n    async with x: pass\n",
    "def f():\n    x = [(yield) for i in y]\n",
    "f(a=1, a=2)\n",
    "__debug__ = 1\n",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
    "def f():\n    def g():\n        nonlocal q\n    q = 1\n    del q\n",
]
for src in cases:
    try:
        compile(src, '<test>', 'exec')
        print('OK (no error):', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# these compile fine
ok = [
    "def f():\n    global x\n    x = 1\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n",
    "async def f():\n    [x async for x in y]\n    return [await z for z in w]\n",
    "async def f():\n    return (x async for x in y)\n",
    "def f():\n    return (await x for x in y)\n",
    "for x in y:\n    try:\n        pass\n    finally:\n        continue\n",
    "match x:\n    case y if y:\n        pass\n    case 1:\n        pass\n",
    "class C:\n    def f(self):\n        nonlocal_name = 1\n",
    "x: int\n",
]
for src in ok:
    try:
        compile(src, '<ok>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('unexpected', e)
