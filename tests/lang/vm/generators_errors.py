def show(fn):
    try:
        r = fn()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

def g():
    yield 1
show(lambda: g().send(1))
show(lambda: g().send(None))

# generator already executing
def reentrant():
    yield next(me)
me = reentrant()
show(lambda: next(me))

def reentrant_send():
    yield me2.send(None)
me2 = reentrant_send()
show(lambda: next(me2))

def reentrant_close():
    me3.close()
    yield
me3 = reentrant_close()
show(lambda: next(me3))

# PEP 479
def stop():
    yield 1
    raise StopIteration("inner")
show(lambda: list(stop()))
try:
    list(stop())
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

def stop_next():
    it = iter([])
    yield next(it)
show(lambda: list(stop_next()))

# StopIteration inside generator expression
show(lambda: list(next(iter([])) for _ in range(3)))

# exceptions inside generators propagate with the frame in the traceback
def raiser():
    yield 1
    1 / 0
it = raiser()
next(it)
try:
    next(it)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
show(lambda: next(it))

# generator that raises on creation argument binding
def needs(a):
    yield a
show(lambda: needs())
show(lambda: list(needs(3)))

# generator object is not callable/subscriptable
show(lambda: g()())
show(lambda: g()[0])
show(lambda: len(g()))
