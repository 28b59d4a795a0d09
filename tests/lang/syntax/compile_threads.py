# compile() from several threads at once: the parser keeps no shared state
import threading
sources = [
    "x = [i * 2 for i in range(10)]\nresult = sum(x)",
    "def f(a, /, b, *, c=3):\n    return a + b + c\nresult = f(1, 2)",
    "result = f'{1 + 1}-{\"x\"!r:>5}'",
    "match (1, 2):\n    case (a, b):\n        result = a + b",
    "class C:\n    y = 5\nresult = C.y",
    "result = (lambda *a, **k: (a, k))(1, k=2)",
]
errors = ["x = (", "f(a=1, b)", "1 = x", "if x\n    pass", "def f(a=1, b): pass"]
out = {}
lock = threading.Lock()
def work(n):
    res = []
    for it in range(30):
        src = sources[(n + it) % len(sources)]
        ns = {}
        exec(compile(src, '<t>', 'exec'), ns)
        res.append(repr(ns['result']))
        bad = errors[(n + it) % len(errors)]
        try:
            compile(bad, '<t>', 'exec')
        except SyntaxError as e:
            res.append(e.msg)
    with lock:
        out[n] = res
threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
for t in threads: t.start()
for t in threads: t.join()
for n in sorted(out):
    print(n, len(out[n]), out[n][:4])
print(sorted(set(x for v in out.values() for x in v)))
