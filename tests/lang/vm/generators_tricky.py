class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return False
def g2():
    with CM():
        yield 1
        yield 2
g = g2()
print(next(g))
g.close()

def g3():
    try:
        yield 1
    except GeneratorExit:
        print("ge")
        raise
    finally:
        print("g3 fin")
g = g3(); next(g); g.close()

def g4():
    x = yield
    while True:
        try:
            x = yield x * 2
        except ValueError:
            x = -1
g = g4(); next(g)
print(g.send(3), g.throw(ValueError), g.send(5))

def outer():
    try:
        return inner()
    finally:
        print("outer finally")
def inner():
    try:
        raise KeyError("x")
    except KeyError:
        return "handled"
print(outer())

def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                continue
            print("e", e)
        finally:
            print("f", i)
swallow()

def exc_in_finally_of_gen():
    try:
        yield 1
    finally:
        yield 2
g = exc_in_finally_of_gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RT", e)

def nested_yield_from():
    def a():
        yield 1
        return 10
    def b():
        r = yield from a()
        yield r
        return 20
    r = yield from b()
    yield r
print(list(nested_yield_from()))

def try_in_loop_with_return():
    for i in range(5):
        try:
            if i == 3:
                return i
        finally:
            if i == 3:
                print("finally at", i)
print(try_in_loop_with_return())

def exc_var_cleanup():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return 'err' in locals()
print(exc_var_cleanup())

def many_excs():
    n = 0
    for i in range(10000):
        try:
            raise KeyError(i)
        except KeyError:
            n += 1
    return n
print(many_excs())

def gen_in_gen():
    return sum(sum(j for j in range(i)) for i in range(100))
print(gen_in_gen())

import sys
def exc_info_in_finally():
    try:
        raise ValueError("v")
    except ValueError:
        pass
    finally:
        print(sys.exception())
exc_info_in_finally()

def gen_exc_state():
    try:
        raise KeyError("g")
    except KeyError:
        yield sys.exception()
    yield sys.exception()
g = gen_exc_state()
print(repr(next(g)))
try:
    raise TypeError("caller")
except TypeError:
    print(repr(next(g)))
