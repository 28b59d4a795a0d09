# An exception with an empty message prints just the type name.
def f():
    raise ZeroDivisionError
f()
