# ast / tokenize used from several threads at once give the single-thread results
import ast
import io
import threading
import tokenize

SOURCES = [
    "def f(a, *b, c=1, **d):\n    return [x * 2 for x in b if x] + [c]\n",
    "class K(Base, metaclass=M):\n    x: int = 1\n    def m(self):\n        return f'{self.x!r:>4}'\n",
    "match p:\n    case [a, *r]:\n        pass\n    case {'k': v}:\n        pass\n",
    "async def g():\n    async with a as b:\n        await b\n    return {k: v async for k, v in c}\n",
    "x = lambda q, /, r=2: (q if r else -q) ** 2\nprint(x(3))\n",
]


def work(src):
    tree = ast.parse(src)
    text = ast.unparse(tree)
    toks = [(t.type, t.string, t.start, t.end) for t in tokenize.generate_tokens(io.StringIO(src).readline)]
    compile(tree, '<t>', 'exec')
    return ast.dump(tree, include_attributes=True), text, toks


expected = [work(s) for s in SOURCES]
mismatches = []
errors = []


def run(seed):
    try:
        for i in range(30):
            k = (seed + i) % len(SOURCES)
            if work(SOURCES[k]) != expected[k]:
                mismatches.append((seed, k))
    except Exception as e:
        errors.append(repr(e))


threads = [threading.Thread(target=run, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('mismatches', mismatches)
print('errors', errors)
print([len(e[2]) for e in expected])
print(expected[4][1])
