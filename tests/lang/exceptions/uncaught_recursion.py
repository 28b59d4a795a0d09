# Uncaught RecursionError (the traceback collapses repeated lines).
def f(n):
    return f(n + 1)
f(0)
