# User-defined exception classes.
class AppError(Exception):
    """App error."""
class ConfigError(AppError):
    def __init__(self, key, value):
        super().__init__(f'bad {key}={value!r}')
        self.key = key
        self.value = value
class Plain(Exception):
    def __init__(self, a, b=2):
        self.a = a
        self.b = b
try:
    raise ConfigError('port', 'abc')
except AppError as e:
    print(type(e).__name__, e, e.key, e.value, e.args, repr(e))
    print(isinstance(e, Exception), type(e).__mro__[1].__name__)
p = Plain(1, b=3)
print(p.a, p.b, p.args, str(p), repr(p))
class WithNew(ValueError):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.extra = 'made'
        return self
w = WithNew('x', 'y')
print(w.extra, w.args, w)
class Attrs(Exception):
    pass
e = Attrs('q')
e.custom = 5
print(e.custom, e.__dict__, sorted(vars(e)))
class Slotted(Exception):
    __slots__ = ('s',)
s = Slotted()
s.s = 1
print(s.s)
class ReprExc(Exception):
    def __repr__(self):
        return 'ReprExc<>'
print(repr(ReprExc()), [ReprExc()])
class MultiBase(KeyError, AttributeError):
    pass
m = MultiBase('mb')
print(isinstance(m, LookupError), isinstance(m, AttributeError), str(m))
try:
    raise MultiBase('z')
except AttributeError as x:
    print('caught as AttributeError', type(x).__name__)
class EG(ExceptionGroup):
    pass
eg = EG('many', [ValueError(1)])
print(type(eg).__name__, eg.exceptions, str(eg))
print(AppError.__doc__, ConfigError.__doc__)
class OSErr(OSError):
    pass
print(type(OSErr(2, 'x')).__name__, OSErr(2, 'x', 'f'))
