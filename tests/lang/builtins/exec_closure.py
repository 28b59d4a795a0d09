# exec() of a code object with free variables and the closure= argument.
def outer():
    x = 10
    def inner():
        print('inner sees', x)
    return inner
f = outer()
exec(f.__code__, {}, closure=f.__closure__)
def t(fn):
    try: fn()
    except Exception as e: print(type(e).__name__, e)
t(lambda: exec(f.__code__, {}))
t(lambda: exec(f.__code__, {}, closure=()))
t(lambda: exec(f.__code__, {}, closure=(1,)))
t(lambda: exec(f.__code__, {}, closure=[f.__closure__[0]]))
t(lambda: exec('1', {}, closure=f.__closure__))
t(lambda: exec(compile('1', 's', 'exec'), {}, closure=()))
t(lambda: exec(compile('1', 's', 'exec'), {}, closure=f.__closure__))
