# str() and repr() of exceptions with zero, one and several arguments.
cases = [
    ValueError(), ValueError('x'), ValueError('x', 2), ValueError(None), ValueError(1),
    TypeError(''), RuntimeError(['a', 1]), Exception((1, 2)), Exception((1,)),
    BaseException('a', 'b', 'c'), ZeroDivisionError('division by zero'),
    IndexError('list index out of range'), StopIteration(), StopIteration(5),
    GeneratorExit(), KeyboardInterrupt('k'), AssertionError('a'), MemoryError(),
    NotImplementedError('n'), RecursionError('deep'), UserWarning('w'),
    DeprecationWarning('d', 1), EOFError('eof'), UnicodeError('u'),
]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
class MyError(Exception):
    pass
print(repr(MyError('boom')), str(MyError('boom')), MyError().args)
class WithStr(Exception):
    def __str__(self):
        return 'custom:' + super().__str__()
print(repr(WithStr(1, 2)), str(WithStr(1, 2)))
class Nested:
    class Inner(Exception):
        pass
print(repr(Nested.Inner('q')))
e = ValueError('a', 'b')
e.args = ('c',)
print(e, repr(e))
e.args = [1, 2]
print(e.args, type(e.args).__name__)
try:
    e.args = 5
except TypeError as x:
    print('TypeError', x)
try:
    del e.args
except TypeError as x:
    print('TypeError', x)
for bad in (lambda: ValueError(x=1), lambda: BaseException(y=2), lambda: KeyError(a=1)):
    try:
        bad()
    except TypeError as x:
        print('TypeError', x)
print(BaseException.__new__(ValueError, 1, 2).args)
print(str(KeyError(None)), str(ValueError(None)))
