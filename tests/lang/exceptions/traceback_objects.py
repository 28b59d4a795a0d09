# Traceback objects: __traceback__, tb_next, tb_lineno, with_traceback.
def inner():
    raise ValueError('deep')
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
    saved = e.__traceback__
print(ValueError().__traceback__)
e2 = KeyError('x')
r = e2.with_traceback(saved)
print(r is e2, e2.__traceback__ is saved)
e2.with_traceback(None)
print(e2.__traceback__)
try:
    e2.with_traceback(5)
except TypeError as x:
    print('TypeError', x)
def reraise():
    try:
        outer()
    except ValueError as e:
        raise e.with_traceback(None)
try:
    reraise()
except ValueError as e:
    n = 0
    tb = e.__traceback__
    while tb:
        n += 1
        tb = tb.tb_next
    print('entries after with_traceback(None):', n)
import sys
try:
    raise IndexError('i')
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is v.__traceback__, tb.tb_lineno)
