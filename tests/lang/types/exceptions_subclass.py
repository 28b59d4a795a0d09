# User-defined exception classes: attributes, str/repr, hierarchy, super.
class AppError(Exception):
    """Base of the app's errors."""
class NotFound(AppError):
    def __init__(self, key):
        super().__init__('not found: %s' % key)
        self.key = key
class Invalid(AppError, ValueError):
    pass
class WithStr(AppError):
    def __str__(self):
        return 'custom str'
for exc in (NotFound('k'), Invalid('bad', 1), WithStr('x'), AppError()):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, '|', e, '|', repr(e), '|', e.args)
try:
    raise Invalid('v')
except ValueError as e:
    print('caught as ValueError', type(e).__mro__[1].__name__, isinstance(e, AppError))
print([c.__name__ for c in Invalid.__mro__])
print(AppError.__doc__, NotFound('z').key, issubclass(NotFound, Exception))
class Slotted(Exception):
    __slots__ = ('code',)
    def __init__(self, code):
        super().__init__(code)
        self.code = code
e = Slotted(3)
print(e.code, e.args, hasattr(e, '__dict__'))
class Chained(Exception): pass
try:
    try:
        raise KeyError('inner')
    except KeyError as inner:
        raise Chained('outer') from inner
except Chained as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
class Attrs(Exception):
    pass
a = Attrs('m')
a.extra = [1]
print(a.extra, vars(a))
class ExcWithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.created = True
        return self
print(ExcWithNew(1).created, ExcWithNew(1).args)
try:
    class BadBase(Exception, int): pass
except TypeError as e:
    print('TypeError', e)
class MyKey(KeyError): pass
try:
    {}['a']
except KeyError as e:
    print(type(e).__name__, e)
try:
    raise MyKey('mk')
except LookupError as e:
    print(type(e).__name__, repr(e), str(e))
