import sys
def g():
    try:
        yield 1
        1/0
    finally:
        pass
for i in range(3000):
    x = g(); next(x)
    try: next(x)
    except ZeroDivisionError: pass
    y = g(); next(y); y.close()
    z = g()
    try: z.throw(ValueError)
    except ValueError: pass
    def bad(a): pass
    try: bad()
    except TypeError: pass
    try: bad(1, 2)
    except TypeError: pass
    async def c(): return 1
    try: c().send(None)
    except StopIteration: pass
    try: exec("1/0")
    except ZeroDivisionError: pass
    class K:
        try:
            1/0
        except ZeroDivisionError:
            pass
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(sys.getrecursionlimit() - 20))
