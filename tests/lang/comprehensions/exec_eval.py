# Comprehensions compiled by eval()/exec()/compile() with various
# namespaces.

print(eval("[i * 2 for i in range(3)]"))
print(eval("{k: v for k, v in zip('ab', range(2))}"))
print(eval("[x + y for x in range(2)]", {'y': 10}))
print(eval("[x + y for x in range(2)]", {}, {'y': 20}))
print(eval("[x for x in data if x > lim]", {'lim': 1}, {'data': [0, 1, 2, 3]}))

ns = {}
exec("r = [n for n in range(3)]\nleft = 'n' in dir()", ns)
print(ns['r'], ns['left'], 'n' in ns)

g, l = {'base': 100}, {'off': 1}
exec("out = [base + off + i for i in range(2)]", g, l)
print(l['out'], 'out' in g)

exec("def f():\n    return [base * i for i in range(3)]\nres = f()", g)
print(g['res'])

code = compile("[w.upper() for w in words]", "<c>", "eval")
print(eval(code, {'words': ['a', 'b']}))
print(eval(code, {}, {'words': ['c']}))

single = compile("[s for s in 'xy']", "<s>", "single")
import sys, io
old = sys.stdout
sys.stdout = buf = io.StringIO()
try:
    exec(single, {})
finally:
    sys.stdout = old
print(repr(buf.getvalue()))

class Mapping(dict):
    def __getitem__(self, key):
        if key == 'magic':
            return 42
        return dict.__getitem__(self, key)

print(eval("[magic + i for i in range(2)]", {}, Mapping()))
try:
    eval("[missing for i in range(1)]", {}, Mapping())
except NameError as e:
    print(type(e).__name__, e)

try:
    exec("[1/0 for _ in range(1)]", {})
except ZeroDivisionError as e:
    import traceback
    print([f.name for f in traceback.extract_tb(e.__traceback__)][1:])

# a code object from a comprehension-bearing module has no nested code for it
c = compile("a = [i for i in range(2)]\nb = (i for i in range(2))", "<m>", "exec")
print(sorted(k.co_name for k in c.co_consts if hasattr(k, 'co_name')))
