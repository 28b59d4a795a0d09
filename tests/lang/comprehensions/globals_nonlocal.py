# Symbol-table semantics around comprehensions: global and nonlocal
# declarations of the enclosing scope, implicit globals, builtins.

x = 'global x'
counter = 0

def reads_global():
    return [x for _ in range(2)]

print(reads_global())

def global_decl_shadowed():
    global x
    r = [x for x in range(3)]
    return r, x

print(global_decl_shadowed(), x)

def global_decl_used():
    global counter
    [counter := counter + 1 for _ in range(3)]
    return counter

print(global_decl_used(), counter)

def global_captured():
    global x
    fs = [lambda: x for x in 'ab']
    return [f() for f in fs], x

print(global_captured())

def nonlocal_decl():
    v = 'enclosing v'
    def inner():
        nonlocal v
        r = [v for v in range(2)]
        return r, v
    return inner(), v

print(nonlocal_decl())

def nonlocal_modified():
    v = []
    def inner():
        nonlocal v
        v = [i for i in range(3)]
    inner()
    return v

print(nonlocal_modified())

def builtins_shadowed():
    r = [len(s) for s in ['a', 'bb']]
    len = 'local len'
    return r

try:
    builtins_shadowed()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def builtins_as_target():
    r = [len for len in range(2)]
    return r, len('abc')

print(builtins_as_target())

def local_later_defined():
    try:
        r = [y for _ in range(1)]
    except NameError as e:
        r = type(e).__name__ + ': ' + str(e)
    y = 1
    return r

print(local_later_defined())

def free_unbound():
    def inner():
        return [z for _ in range(1)]
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
    finally:
        z = 1

print(free_unbound())

def global_missing():
    try:
        return [not_defined_anywhere for _ in range(1)]
    except NameError as e:
        return str(e)

print(global_missing())

# module-level iteration variable named like a builtin
r = [str for str in range(2)]
print(r, str(5))

for src in [
    "def f():\n    [x for x in range(2)]\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        [x for x in range(2)]\n        nonlocal x\n",
    "def f():\n    nonlocal q\n    return [q for q in ()]\n",
]:
    try:
        compile(src, "<decl>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e)
