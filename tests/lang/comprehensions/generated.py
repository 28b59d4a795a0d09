# Systematically generated comprehensions (element kinds x clause shapes x
# scopes), compiled and run; results and errors are printed.
import itertools

elts = ["x", "(x, y)", "x * y", "[x for x in range(y)]", "(lambda: x)()", "{x}"]
clauses = [
    "for x in range(3) for y in range(2)",
    "for y in range(3) for x in range(y)",
    "for x in range(4) if x % 2 for y in [x]",
    "for x, y in zip(range(3), 'abc')",
    "for y in range(2) for x in [y, y + 1] if x",
]
kinds = [("[", "]"), ("{", "}")]
results = []
for (o, c), e, cl in itertools.product(kinds, elts, clauses):
    src = f"{o}{e} {cl}{c}"
    fsrc = "def f():\n    x = 'outer'\n    r = " + src + "\n    return r, x\n"
    for mode, code in [("module", src), ("function", fsrc)]:
        try:
            if mode == "module":
                g = {}
                v = eval(code, g)
                extra = sorted(k for k in g if k != '__builtins__')
            else:
                g = {}
                exec(code, g)
                v, extra = g['f']()
            if isinstance(v, set):
                v = sorted(v, key=repr)
            results.append((src, mode, repr(v)[:60], extra))
        except Exception as ex:
            results.append((src, mode, type(ex).__name__, str(ex)))
for r in results:
    print(*r)

dsrc = ["{x: y for x in range(3) for y in range(x)}", "{y: [x for x in range(y)] for y in range(3)}",
        "{(lambda: x)(): x for x in 'ab'}", "{x: y for x, y in [(1, 2), (1, 3)]}"]
for s in dsrc:
    print(s, eval(s), eval("(lambda: " + s + ")()"))
