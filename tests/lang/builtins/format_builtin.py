# format() builtin and __format__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: format(42))
t(lambda: format(42, 'x'))
t(lambda: format(42, '08b'))
t(lambda: format(3.14159, '.2f'))
t(lambda: format('abc', '>6'))
t(lambda: format(1234567, ','))
t(lambda: format(None))
t(lambda: format([1, 2]))
t(lambda: format(1, 2))
t(lambda: format(object(), 'x'))
t(lambda: format(1.5, 'q'))
t(lambda: format())
t(lambda: format(1, format_spec='05'))
class F:
    def __format__(self, spec):
        return f'F[{spec}]'
t(lambda: format(F(), 'abc'))
t(lambda: format(F()))
t(lambda: f'{F():xyz}')
class BadF:
    def __format__(self, spec):
        return 1
t(lambda: format(BadF()))
