# Exceptions passing through with-statements.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v, tb is not None)
        return self.suppress
with CM('a'):
    print('body a')
with CM('b', suppress=True):
    raise ValueError('suppressed')
print('after b')
try:
    with CM('c'):
        raise KeyError('escapes')
except KeyError as e:
    print('caught', e)
try:
    with CM('outer'), CM('inner', suppress=False):
        raise TypeError('t')
except TypeError as e:
    print('caught', e)
class Raising:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError('from exit')
try:
    with Raising():
        raise ValueError('original')
except RuntimeError as e:
    print(e, repr(e.__context__))
try:
    with 5:
        pass
except TypeError as e:
    print('TypeError', e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print('TypeError', e)
