# __getattr__, __getattribute__, __setattr__, __delattr__ overrides.
class Fallback:
    x = 1
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError('no %s here' % name)
f = Fallback()
print(f.x, f.dyn_hello)
try:
    f.other
except AttributeError as e:
    print('AttributeError', e)
print(getattr(f, 'other', 'default'), hasattr(f, 'dyn_a'), hasattr(f, 'other'))

class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('get', name)
        return super().__getattribute__(name)
l = Logged()
print(l.a)
try:
    l.missing
except AttributeError as e:
    print('AttributeError', e)

class Both:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('boom')
        if name == 'err':
            raise KeyError('not attribute error')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
b = Both()
print(b.boom, b.whatever)
try:
    b.err
except KeyError as e:
    print('KeyError', e)

class Guard:
    def __setattr__(self, name, value):
        if name.startswith('_'):
            raise AttributeError('private: ' + name)
        print('set', name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)
g = Guard()
g.a = 5
try:
    g._b = 1
except AttributeError as e:
    print('AttributeError', e)
del g.a
try:
    del g.a
except AttributeError as e:
    print('AttributeError', e)
setattr(g, 'c', 3)
delattr(g, 'c')
print(vars(g))

# __getattr__ added to the class after creation
class Late:
    pass
la = Late()
try:
    la.foo
except AttributeError as e:
    print('AttributeError', e)
Late.__getattr__ = lambda self, n: 'late:' + n
print(la.foo)
del Late.__getattr__
try:
    la.foo
except AttributeError as e:
    print('AttributeError', e)

# proxy pattern
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    def hello(self): return 'hello'
t = Target()
p = Proxy(t)
p.value = 10
print(p.hello(), t.value, p.value, 'value' in vars(p))

# getattr/setattr builtins with non-string names
for f2 in (lambda: getattr(g, 1), lambda: setattr(g, 2, 1), lambda: delattr(g, None), lambda: hasattr(g, 3)):
    try:
        f2()
    except TypeError as e:
        print('TypeError', e)

# object.__getattribute__ bypasses __getattr__
print(object.__getattribute__(f, 'x'))
try:
    object.__getattribute__(f, 'dyn_x')
except AttributeError as e:
    print('AttributeError', e)
# __getattribute__ on type objects
print(type.__getattribute__(Fallback, 'x'), type.__getattribute__(int, '__name__'))
