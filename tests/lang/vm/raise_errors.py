def show(fn):
    try:
        fn()
        print("no exception")
    except BaseException as e:
        print(type(e).__name__ + ":", e)

def r(x):
    raise x
def rf(x, c):
    raise x from c

show(lambda: r(ValueError))
show(lambda: r(ValueError("inst")))
show(lambda: r(5))
show(lambda: r("string"))
show(lambda: r(int))
show(lambda: r(None))
show(lambda: rf(ValueError, 5))
show(lambda: rf(ValueError, int))
show(lambda: rf(ValueError("v"), KeyError))
show(lambda: r(SystemExit(3)))
show(lambda: r(KeyboardInterrupt))
show(lambda: r(GeneratorExit))

def bare():
    raise
show(bare)

class Weird(Exception):
    def __new__(cls, *a):
        return 5
show(lambda: r(Weird))

class Args(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
show(lambda: r(Args))
show(lambda: r(Args(1, 2)))

class Custom(Exception):
    def __str__(self):
        return "custom str"
show(lambda: r(Custom()))

try:
    raise ValueError("with cause") from TypeError("the cause")
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)

e = ValueError("reused")
for i in range(2):
    try:
        raise e
    except ValueError as got:
        print(got is e)

def assert_fail():
    assert 1 == 2, "numbers differ"
show(assert_fail)
def assert_plain():
    assert []
show(assert_plain)
def assert_ok():
    assert True, "never"
show(assert_ok)

# raise in except clause expression evaluation
def bad_except():
    try:
        raise ValueError
    except undefined_exc_name:
        pass
show(bad_except)

# exception class hierarchy catching
for exc in (ZeroDivisionError, ArithmeticError, KeyError, IndexError, StopIteration, GeneratorExit):
    try:
        raise exc
    except LookupError:
        print(exc.__name__, "is a LookupError")
    except ArithmeticError:
        print(exc.__name__, "is an ArithmeticError")
    except Exception:
        print(exc.__name__, "is an Exception")
    except BaseException:
        print(exc.__name__, "is only a BaseException")
