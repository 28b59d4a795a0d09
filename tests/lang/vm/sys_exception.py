import sys

print(sys.exception())
try:
    raise ValueError("one")
except ValueError:
    print(repr(sys.exception()))
    def nested_call():
        return repr(sys.exception())
    print(nested_call())
print(sys.exception())

def gen():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield repr(sys.exception())
        yield repr(sys.exception())
    yield repr(sys.exception())

g = gen()
print(next(g))
print(repr(sys.exception()))
try:
    raise TypeError("outer")
except TypeError:
    print(next(g))
    print(repr(sys.exception()))
print(next(g))

def gen2():
    yield repr(sys.exception())
try:
    raise IndexError("caller")
except IndexError:
    print(next(gen2()))

try:
    try:
        raise ValueError("a")
    finally:
        print("finally sees", repr(sys.exception()))
except ValueError:
    pass

try:
    raise OSError("os")
except OSError:
    try:
        raise ValueError("inner")
    except ValueError:
        pass
    print(repr(sys.exception()))

def handler_returns():
    try:
        raise KeyError("r")
    except KeyError:
        return repr(sys.exception())
print(handler_returns(), sys.exception())

print(sys.exc_info() == (None, None, None))
try:
    raise ValueError("info")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__)
