# fuzz_compile.py -- thousands of mutated and hostile source texts go
# through compile(). Every one must end in a code object or an exception
# (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError, or
# NotImplementedError for a construct the implementation does not support):
# never a crash or a hang. The output only counts inputs, so it is the
# same for every correct implementation.

SEEDS = [
    "x = 1\nprint(x + 2)\n",
    "def f(a, b=2, *args, c, d=4, **kw):\n    return a + b\n",
    "class C(B, metaclass=M):\n    x: int = 3\n    def m(self): return super().m()\n",
    "for i in range(10):\n    if i % 2:\n        continue\n    else:\n        break\nelse:\n    pass\n",
    "while True:\n    try:\n        x = y\n    except (A, B) as e:\n        raise C from e\n    finally:\n        del x\n",
    "with open(f) as a, open(g) as b:\n    a.write(b.read())\n",
    "async def g():\n    async with a as b:\n        await b\n    async for x in y:\n        yield x\n",
    "lambda x, /, y, *, z: (x, y, z)\n",
    "[x * y for x in range(3) if x for y in range(x)]\n{k: v for k, v in d.items()}\n{a for a in b}\n(g for g in h)\n",
    "match p:\n    case [1, 2, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=0) | None:\n        pass\n    case _:\n        pass\n",
    "f'{a!r:>{width}} {b=} {{}} {c:%Y-%m}'\n",
    "x = 0x1F + 0o17 + 0b101 + 1_000 + 1.5e-3 + 3j\ns = r'\\d+' + b'\\x00'.decode() + '''tri\nple'''\n",
    "@dec\n@dec2(arg)\ndef h(): ...\n",
    "global g\nnonlocal_ok = 1\ndef o():\n    v = 1\n    def i():\n        nonlocal v\n        v += 1\n    return i\n",
    "a, *b, c = range(5)\nx[1:2, ::3] = y[...]\nz = a if b else c\nw = (q := 10) ** -2\n",
    "assert x, 'msg'\nimport a.b.c as d\nfrom .. import e as f\nfrom m import *\n",
    "type Alias[T] = list[T]\ndef gen[T: int](x: T) -> T: return x\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\n",
]

TOKENS = ["(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "==", "+", "-", "*", "**", "/", "//",
          "%", "@", "<", ">", "!=", "->", ":=", "'", '"', "'''", "\\", "\n", "    ", "\t", "#",
          "if", "else", "def", "class", "lambda", "yield", "await", "async", "return", "not",
          "and", "or", "in", "is", "None", "1", "0x", "1e", "j", "_", "f'", "b'", "r'", "{x}",
          "match", "case", "global", "nonlocal", "try", "except", "finally", "with", "as",
          "\u00e9", "\u4e2d", "\U0001F600", "\x00", "\r", "\x0c", ";", "..."]


class Rng:
    """A linear congruential generator: same sequence on every implementation."""

    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n


def mutate(rng, src):
    for _ in range(1 + rng.next(4)):
        kind = rng.next(6)
        pos = rng.next(len(src) + 1)
        if kind == 0 and src:
            end = min(len(src), pos + 1 + rng.next(8))
            src = src[:pos] + src[end:]
        elif kind == 1:
            src = src[:pos] + TOKENS[rng.next(len(TOKENS))] + src[pos:]
        elif kind == 2 and src:
            end = min(len(src), pos + rng.next(20))
            src = src[:pos] + src[pos:end] * 2 + src[end:]
        elif kind == 3:
            lines = src.split("\n")
            i, j = rng.next(len(lines)), rng.next(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            src = "\n".join(lines)
        elif kind == 4:
            src = src[:pos] + chr(32 + rng.next(95)) + src[pos:]
        else:
            src = src[:pos] + " " * rng.next(9) + src[pos:]
    return src


def hostile():
    n = 100000
    yield "(" * n
    yield "(" * n + ")" * n
    yield "[" * 5000 + "]" * 5000
    yield "-" * n + "1"
    yield "not " * n + "x"
    yield "x = " + "1 + " * n + "1"
    yield "a" + ".b" * n
    yield "f(" * 3000 + ")" * 3000
    yield "lambda: " * 5000 + "1"
    yield "".join("    " * i + "if x:\n" for i in range(200)) + "    " * 200 + "pass\n"
    yield "x = '" + "a" * n
    yield "'''" + "\n" * 1000
    yield "\x00"
    yield "x = 1\x00\n"
    yield "def f(" + ", ".join("a%d" % i for i in range(3000)) + "): pass"
    yield "f(" + ", ".join(str(i) for i in range(30000)) + ")"
    yield "{" + ", ".join("%d: %d" % (i, i) for i in range(20000)) + "}"
    yield "1" * 50000
    yield "1e" + "9" * 400
    yield "0x" + "f" * 30000
    yield "f'" + "{" * 500 + "}" * 500 + "'"
    yield "\t" * 1000 + "x"
    yield "if x:\n" + " " * 100 + "a\n" + " " * 50 + "b\n"
    yield "\ufeffx = 1\n"
    yield "\\\n" * 1000
    yield "#" * n
    yield "x" * n + " = 1"
    yield "@" * 1000 + "def f(): pass"
    yield "match x:\n" + "    case [" * 300 + "\n"


def try_compile(src, mode="exec"):
    try:
        compile(src, "<fuzz>", mode)
        return "ok"
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError,
            NotImplementedError) as e:
        return type(e).__name__


rng = Rng(20261125)
count = 0
for seed in SEEDS:
    try_compile(seed)
    for _ in range(260):
        try_compile(mutate(rng, seed), ("exec", "eval", "single")[rng.next(3)])
        count += 1
for src in hostile():
    try_compile(src)
    count += 1
for _ in range(400):
    length = rng.next(80)
    src = "".join(TOKENS[rng.next(len(TOKENS))] + " " * rng.next(2) for _ in range(length))
    try_compile(src)
    count += 1
print("fuzz: compiled", count, "inputs without crashing")
