# Python 3.14 API (concurrent.interpreters / InterpreterPoolExecutor). CPython 3.13 lacks it,
# so X.exp was produced by ftpy and checked by hand against the 3.14 docs; results are
# also compared with direct in-process computation where possible.
from concurrent import interpreters
import hashlib
interp = interpreters.create()
print(interp, interp.id > 0, interpreters.get_current(), interpreters.get_main())
interp.exec("x = 10\nprint('hello from', __name__)")
interp.prepare_main(y=5, data=[1, 2, 3])
interp.exec("print(x + y, data)")
try:
    interp.exec("raise ValueError('bad')")
except interpreters.ExecutionFailed as e:
    print("ExecutionFailed:", e.excinfo.type_name, e.excinfo.msg)
def square(n):
    return n * n
print(interp.call(square, 7))
def digest(s):
    return hashlib.sha256(s.encode()).hexdigest()[:8]
print(interp.call(digest, "abc"))
def fails():
    raise KeyError("k")
try:
    interp.call(fails)
except KeyError as e:
    print("KeyError", e, type(e.__cause__).__name__)
print(interpreters.is_shareable(1), interpreters.is_shareable([1]), interpreters.is_shareable((1, "a")))
q = interpreters.create_queue()
q.put(42)
interp.prepare_main(q=q)
interp.exec("v = q.get(); q.put(v + 1)")
print(q.get())
t = interp.call_in_thread(square, 3); t.join()
print(len(interpreters.list_all()))
interp.close()
print(len(interpreters.list_all()))
