# json.dumps error messages: unserializable objects, bad keys, nan, circular refs, recursion.
import json


class Thing:
    pass


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


for o in [object(), Thing(), {1, 2}, frozenset(), b"bytes", bytearray(b"x"), 1j, range(3),
          [1, {"a": [object()]}], {"k": Thing()}, iter([]), type, len]:
    show(json.dumps, o)
    show(json.dumps, o, indent=2)

for k in [(1, 2), frozenset(), b"k", 1j, Thing()]:
    show(json.dumps, {k: 1})
    show(json.dumps, {"a": 1, k: 2}, skipkeys=True)
    show(json.dumps, {k: 1}, sort_keys=True, skipkeys=True)

for v in [float("nan"), float("inf"), float("-inf"), [1, float("nan")], {"a": float("-inf")}]:
    show(json.dumps, v)
    show(json.dumps, v, allow_nan=False)
    show(json.dumps, v, allow_nan=False, indent=1)

# circular references
a = []
a.append(a)
show(json.dumps, a)
d = {}
d["self"] = d
show(json.dumps, d)
show(json.dumps, [d])
b = [1]
c = [b, b, (b,)]
show(json.dumps, c)        # shared, not circular


class Loop:
    pass


show(json.dumps, Loop(), default=lambda o: [o])
show(json.dumps, Loop(), default=lambda o: {"again": o})
x = Loop()
show(json.dumps, [x, x], default=lambda o: "L")

# check_circular=False: deep recursion ends in RecursionError
show(json.dumps, a, check_circular=False)
show(json.dumps, d, check_circular=False)

# deep nesting
deep = []
cur = deep
for i in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
show(json.dumps, deep)
show(json.dumps, deep, indent=1)
ok = []
cur = ok
for i in range(3000):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(len(json.dumps(ok)))

# sort_keys with mixed key types
show(json.dumps, {1: 2, "a": 3}, sort_keys=True)
show(json.dumps, {"a": 3, 1: 2}, sort_keys=True)
show(json.dumps, {None: 1, 2: 3}, sort_keys=True)
show(json.dumps, {2: 1, 1.5: 2, True: 3}, sort_keys=True)
show(json.dumps, {"b": 1, "a": 2, "C": 3}, sort_keys=True)

# bad options
show(json.dumps, [1], separators=(1, 2))
show(json.dumps, [1], separators=(",",))
show(json.dumps, [1], indent=[1])
show(json.dumps, [1], indent=2.5)
show(json.dumps, [1], bogus=1)
show(json.loads, "[1]", bogus=1)
show(json.dumps, [1], cls=int)
