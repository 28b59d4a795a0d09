def g1():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 99
    yield 3

g = g1()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")

g = g1()
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(g.gi_frame)
try:
    next(g)
except StopIteration:
    print("exhausted after throw")

# throw with type and value
g = g1()
next(g)
print(g.throw(ValueError))

# throw into a fresh generator
g = g1()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("fresh throw", e)
print(list(g))

# close()
def g2():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
g = g2()
next(g)
print(g.close())
print(g.close())

def g3():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = g3()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)

def g4():
    try:
        yield 1
    except GeneratorExit:
        return "retval"
g = g4()
next(g)
print("close returned", g.close())

def g5():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
g = g5()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)

# close on unstarted generator does not run it
def g6():
    print("never")
    yield
g = g6()
g.close()
print(list(g))

# gi_running, gi_suspended, gi_frame, gi_code
def g7():
    yield g.gi_running
    yield g.gi_suspended
g = g7()
print(g.gi_running, g.gi_suspended, g.gi_frame is not None)
print(next(g), next(g))
print(g.gi_suspended, g.gi_code.co_name)
for _ in g:
    pass
print(g.gi_frame, g.gi_running, g.gi_suspended)

# frame line numbers
def g8():
    yield 1
    yield 2
g = g8()
print(g.gi_frame.f_lineno == g8.__code__.co_firstlineno)
next(g)
print(g.gi_frame.f_lineno - g8.__code__.co_firstlineno)
next(g)
print(g.gi_frame.f_lineno - g8.__code__.co_firstlineno)

# throw errors
g = g1()
next(g)
for bad in (lambda: g.throw(1), lambda: g.throw(ValueError("x"), 1), lambda: g.throw(int)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# send after exhaustion
def one():
    yield 1
g = one()
list(g)
try:
    g.send(5)
except StopIteration as e:
    print("StopIteration", e.args)

# throw into exhausted generator raises the exception itself
try:
    g.throw(ZeroDivisionError("z"))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
