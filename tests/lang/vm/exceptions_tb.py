import sys

def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
    return out

def a():
    b()
def b():
    c()
def c():
    raise ValueError("deep")

try:
    a()
except ValueError as e:
    print(tb_lines(e)[1:])

def reraiser():
    try:
        a()
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    print(tb_lines(e)[1:])

def raise_again():
    try:
        a()
    except ValueError as e:
        raise e
try:
    raise_again()
except ValueError as e:
    print(tb_lines(e)[1:])

def multi_line():
    x = 1
    y = 0
    return (x
            /
            y)
try:
    multi_line()
except ZeroDivisionError as e:
    print(tb_lines(e)[1:])

# traceback attributes
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__, tb.tb_lasti >= 0, tb.tb_next is not None)

# with_traceback
e = ValueError("x")
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__ is not None)
e2 = KeyError("y").with_traceback(None)
print(e2.__traceback__)

# sys.exc_info / sys.exception
def show_current():
    return sys.exception()
try:
    raise KeyError("cur")
except KeyError:
    print(repr(show_current()), sys.exc_info()[0].__name__)
print(sys.exception(), sys.exc_info())

# handled exception is restored after nested handler
try:
    raise ValueError("outer")
except ValueError:
    try:
        raise TypeError("inner")
    except TypeError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())

# frames in tracebacks stay usable after the function returned
def leaves():
    local_var = "kept"
    raise IndexError
try:
    leaves()
except IndexError as e:
    fr = e.__traceback__.tb_next.tb_frame
    print(fr.f_code.co_name, fr.f_locals.get("local_var"))


# tb_next assignment
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    tb.tb_next = None
    print(len(tb_lines(e)))
    try:
        tb.tb_next = tb
    except ValueError as err:
        print("ValueError", err)
