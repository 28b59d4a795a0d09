def f(sep=1, *, maxsplit=2): pass
for kw in ["sepx", "Sep", "maxspilt", "zzzzz", "s", "maxsplit_"]:
    try: f(**{kw: 1})
    except TypeError as e: print(e)
def g(a, **k): pass
g(1, b=2)
def h(a, /, b): pass
try: h(a=1, b=2)
except TypeError as e: print(e)
try: h(1, bb=2)
except TypeError as e: print(e)
try: "a".split(sepx=1)
except TypeError as e: print(e)
try: sorted([], kye=1)
except TypeError as e: print(e)
