# Assignment expressions in comprehensions bind in the enclosing scope.

def in_function():
    r = [last := i for i in range(4)]
    return last, r

print(in_function())

def running_total():
    total = 0
    r = [total := total + v for v in [1, 2, 3]]
    return r, total

print(running_total())

def in_condition():
    r = [y for x in range(6) if (y := x * x) % 2]
    return r, y

print(in_condition())

def nested():
    r = [[(found := (i, j)) for j in range(2)] for i in range(2)]
    return found, r

print(nested())

def in_dict_set():
    d = {k: (seen := v) for k, v in zip('ab', 'xy')}
    s = {(sq := n * n) for n in range(3)}
    return d, seen, sorted(s), sq

print(in_dict_set())

def with_global():
    global G
    [G := i for i in range(3)]
    return G

print(with_global(), G)

def with_nonlocal():
    acc = 0
    def inner():
        nonlocal acc
        [acc := acc + i for i in range(5)]
    inner()
    return acc

print(with_nonlocal())

def captured_by_lambda():
    fs = [lambda: w for _ in range(1) if (w := 'walrus')]
    w = 'rebound'
    return fs[0]()

print(captured_by_lambda())

def in_lambda():
    f = lambda: [z := i for i in range(3)] and z
    return f()

print(in_lambda())

# module level binds a global
[mod := k for k in range(3)]
print(mod)

def exec_walrus():
    g, l = {}, {}
    exec("[q := i for i in range(2)]", g, l)
    return g.get('q'), l.get('q')

print(exec_walrus())

for src in [
    "[i := 0 for i in range(2)]",
    "[x for x in (y := [1, 2])]",
    "[[(j := 1) for j in range(2)] for i in range(2)]",
    "[(i := 1) for i, j in [(1, 2)]]",
    "def f():\n    [j for i in range(2) for j in (k := [i])]\n",
    "class C:\n    [(a := 1) for i in range(1)]\n",
    "[x for x in range(2) if (x := 1)]",
    "def f():\n    return [[(i := j) for j in range(2)] for i in range(2)]\n",
]:
    try:
        compile(src, "<walrus>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e)
