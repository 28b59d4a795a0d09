# SyntaxErrors around assignment expressions in comprehensions, including
# which error wins when several apply (CPython's symbol-table order).
cases = [
    "[i := 0 for i in range(2)]",
    "[(j := 1) for i in range(2) for j in range(2)]",
    "[x for x in (y := [1])]",
    "[x for x in range(2) for y in (z := [x])]",
    "[x for x in [lambda: (y := 1)]]",
    "[x for x in [[(y := 1) for _ in range(1)]]]",
    "[x for x in range(1) for y in [lambda: (z := 1)]]",
    "[(z := 1) for x in range(1) for z in range(2)]",
    "[x for x in range(2) if (x := 1)]",
    "[(y := 1) for x in range(1) if (y := 2) for y in range(1)]",
    "{(a := 1): (b := 2) for a in range(1) for b in range(1)}",
    "{k: (k := 1) for k in range(1)}",
    "{(v := 1): v for k in range(1) for v in [(w := 2)]}",
    "[[(i := 1) for j in range(1)] for i in range(1)]",
    "class C:\n    [(a := 1) for i in range(1)]\n",
    "class C:\n    [[(a := 1) for j in range(1)] for i in range(1)]\n",
    "class C:\n    [(i := 1) for i in range(1)]\n",
    "def f():\n    return [(x := i) for i in range(2)], x\n",
    "def f():\n    global g\n    return [(g := i) for i in range(2)]\n",
    "def f():\n    x = 0\n    def h():\n        nonlocal x\n        return [(x := i) for i in range(2)]\n    return h()\n",
    "lambda: [(q := i) for i in range(2)]",
    "[(lambda: (q := 1))() for i in range(1)]",
    "[x for x, (y := 1) in [(1, 2)]]",
    "[(x, y) for x in range(1) for y in range(1) if (x := y)]",
    "{(a := 1) for a, b in [(1, 2)]}",
    "{x: y for x in range(1) for y in [(x := 2)]}",
]
for src in cases:
    try:
        compile(src, "<walrus>", "exec")
        print("compiled:", src.splitlines()[0])
    except SyntaxError as e:
        print(type(e).__name__, e, "|", e.lineno, e.offset)
