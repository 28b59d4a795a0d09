# Compiling and running code from several threads at once
import threading
results = {}
errors = []
def worker(n):
    try:
        out = []
        for i in range(40):
            src = f'''
def f{i}(x):
    total = 0
    for k in range(x):
        try:
            total += [k * {n} for _ in (1,)][0]
        finally:
            pass
    match total:
        case int(v) if v >= 0:
            return v
class C{i}:
    def m(self):
        return super().__class__.__name__
r = (f{i}({i % 7}), C{i}().m())
'''
            ns = {}
            exec(compile(src, f'<t{n}-{i}>', 'exec'), ns)
            out.append(ns['r'])
        results[n] = out
    except Exception as e:
        errors.append(repr(e))
threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(errors)
for n in sorted(results):
    print(n, results[n][:3], len(results[n]), sum(v for v, _ in results[n]))
