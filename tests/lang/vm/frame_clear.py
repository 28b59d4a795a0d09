import sys
def g():
    try:
        yield 1
    finally:
        pass
x = g()
next(x)
try:
    x.gi_frame.clear()
    print("cleared", x.gi_frame)
except RuntimeError as e:
    print("RuntimeError", e)
def f():
    fr = sys._getframe()
    try:
        fr.clear()
    except RuntimeError as e:
        print("RuntimeError", e)
    return fr
fr = f()
a = 5
def h():
    local = [1]
    return sys._getframe()
fr = h()
print(sorted(fr.f_locals))
fr.clear()
print(sorted(fr.f_locals))
