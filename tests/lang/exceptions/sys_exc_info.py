# sys.exc_info() and sys.exception() inside and outside handlers.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError('a')
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1], repr(sys.exception()))
    try:
        raise TypeError('b')
    except TypeError:
        print('inner', repr(sys.exception()))
    print('restored', repr(sys.exception()))
print('after', sys.exc_info(), sys.exception())
def f():
    return repr(sys.exception())
try:
    raise KeyError('k')
except KeyError:
    print('in callee', f())
def g():
    try:
        raise IndexError('i')
    except IndexError:
        yield repr(sys.exception())
    yield repr(sys.exception())
it = g()
print(next(it))
print(next(it))
try:
    raise OSError(2, 'x')
except OSError:
    pass
finally:
    print('finally', sys.exception())
try:
    try:
        raise ValueError(1)
    finally:
        print('in finally during exception:', repr(sys.exception()))
except ValueError:
    pass
