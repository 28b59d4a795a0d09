# Decorators with arguments, class decorators, order of evaluation
log = []
def d(tag):
    log.append('eval ' + tag)
    def deco(f):
        log.append('apply ' + tag)
        return f
    return deco

@d('1')
@d('2')
@d('3')
def f():
    pass
print(log)

log.clear()
@d('c1')
@d('c2')
class C:
    log.append('class body')
print(log)

def deco_returns_other(f):
    return 'replaced'
@deco_returns_other
def g():
    pass
print(g)

registry = {}
def register(name):
    def inner(fn):
        registry[name] = fn
        return fn
    return inner
@register('double')
def double(x):
    return 2 * x
print(registry['double'](21))

class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, typ):
        return lambda *a: ('bound', self.f(obj, *a))
class U:
    @Method
    def m(self, x):
        return x + 1
print(U().m(1))

def wraps(fn):
    def apply(w):
        w.__name__ = fn.__name__
        w.__doc__ = fn.__doc__
        return w
    return apply
def traced(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        return ('traced', fn(*args, **kwargs))
    return wrapper
@traced
def add(a, b=0):
    "adds"
    return a + b
print(add(1, b=2), add.__name__, add.__doc__)
