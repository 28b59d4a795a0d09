# Python 3.14 API (concurrent.interpreters / InterpreterPoolExecutor). CPython 3.13 lacks it,
# so X.exp was produced by ftpy and checked by hand against the 3.14 docs; results are
# also compared with direct in-process computation where possible.
# Interpreters do not see each other's modules, globals or sys state.
import sys
import json
from concurrent import interpreters

json.marker = "main"
a = interpreters.create()
b = interpreters.create()
a.exec("import json, sys\njson.marker = 'a'\nsys.tag = 'a'\nvalue = 1")
b.exec("import json, sys\nprint('b sees marker:', getattr(json, 'marker', None))\nprint('b sees value:', 'value' in globals())")
print("main marker:", json.marker, "main sys.tag:", getattr(sys, "tag", None))
a.exec("print('a marker:', json.marker, sys.tag, value)")

# Mutable arguments are copied in; the caller's object is untouched.
def mutate(lst, d):
    lst.append(99)
    d["new"] = True
    return lst, d
orig_l, orig_d = [1, 2], {"k": 1}
got_l, got_d = a.call(mutate, orig_l, orig_d)
print(orig_l, orig_d, got_l, got_d)

# Immutable values cross without copying (one shared heap).
big = "x" * 100000
def same(s):
    return s
print(a.call(same, big) is big)
t = (1, "two", 3.0, (4, b"5"))
print(a.call(same, t) is t)

# Unshareable objects are refused with NotShareableError.
class Local:
    pass
try:
    a.call(same, Local())
except interpreters.NotShareableError as e:
    print("NotShareableError:", e)

# Closures and defaults move with the function.
def make_adder(n):
    def add(x, scale=2):
        return x * scale + n
    return add
print(b.call(make_adder(10), 5), b.call(make_adder(1), 5, scale=3))

# Errors: closed / unknown interpreters, closing the main one.
a.close()
try:
    a.exec("pass")
except interpreters.InterpreterNotFoundError as e:
    print("InterpreterNotFoundError")
try:
    interpreters.get_main().close()
except interpreters.InterpreterError as e:
    print("InterpreterError:", e)
try:
    b.exec(123)
except TypeError as e:
    print("TypeError")
b.close()
print(len(interpreters.list_all()))
