# Line numbers from the position table (tracebacks, frames, code objects)
import sys

def lineno_of_error(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        return tb.tb_lineno - BASE

BASE = sys._getframe().f_lineno

def e1():
    x = 1
    y = 0
    return x / y

def e2():
    return (1 +
            2 +
            undefined_name)

def e3():
    d = {}
    v = [
        1,
        d['missing'],
    ]

def e4():
    for i in range(3):
        if i == 2:
            raise ValueError(i)

def e5():
    try:
        1 / 0
    finally:
        pass

def e6():
    with open_nothing():
        pass

def e7():
    items = [1, 2]
    return [10 / (v - 1)
            for v in items]

for f in (e1, e2, e3, e4, e5, e6, e7):
    print(f.__name__, lineno_of_error(f))

def here():
    return sys._getframe(1).f_lineno - BASE
a = here()
b = (
    here())
print(a, b)

def deco(f):
    return f

@deco
def decorated():
    pass
print(decorated.__code__.co_firstlineno - BASE)

class K:
    def m(self):
        pass
print(K.m.__code__.co_firstlineno - BASE)
lam = (lambda:
       0)
print(lam.__code__.co_firstlineno - BASE)
