# ExceptionGroup / BaseExceptionGroup construction, split, subgroup, derive.
eg = ExceptionGroup('msg', [ValueError(1), TypeError(2), ValueError(3)])
print(type(eg).__name__, str(eg), repr(eg))
print(eg.message, eg.exceptions, eg.args)
print(type(BaseExceptionGroup('m', [ValueError()])).__name__)
print(type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__)
print(str(BaseExceptionGroup('one', [ValueError()])))
for args in [('m', []), ('m', [1]), (1, [ValueError()]), ('m', ValueError()), ('m',), ()]:
    try:
        ExceptionGroup(*args)
    except Exception as x:
        print(type(x).__name__, x)
try:
    ExceptionGroup('m', [KeyboardInterrupt()])
except TypeError as x:
    print('TypeError', x)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
m, r = eg.split(TypeError)
print(repr(m), repr(r))
m, r = eg.split((ValueError, TypeError))
print(m is eg, r)
m, r = eg.split(KeyError)
print(m, repr(r), r is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.subgroup(OSError))
print(eg.subgroup(lambda e: True) is eg)
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
try:
    eg.split(1)
except TypeError as x:
    print('TypeError', x)
d = eg.derive([KeyError('z')])
print(type(d).__name__, repr(d))
eg.add_note('note!')
try:
    raise eg
except ExceptionGroup as caught:
    m, r = caught.split(TypeError)
    print(m.__notes__, r.__notes__, m.__traceback__ is caught.__traceback__)
print(isinstance(eg, Exception), isinstance(BaseExceptionGroup('x', [SystemExit()]), Exception))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '*', excs)
mine = MyEG('mine', [ValueError(1), KeyError(2)])
m, r = mine.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
big = ExceptionGroup('big', [ValueError(i) for i in range(20)])
print(len(big.exceptions), str(big))
