# StopIteration.value, SystemExit.code, generator return values.
print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(3).code, SystemExit('bye').code, SystemExit(1, 2).code)
e = StopIteration(7)
e.value = 8
print(e.value, e.args)
def gen():
    yield 1
    return 'done'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('returned', repr(e.value), e.args)
def gen2():
    yield 1
g = gen2()
next(g)
try:
    next(g)
except StopIteration as e:
    print('plain', e.value, e.args)
def bad():
    raise StopIteration('inner')
    yield
try:
    next(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def delegate():
    r = yield from gen()
    print('delegate got', r)
    yield r
print(list(delegate()))
try:
    raise SystemExit(5)
except SystemExit as e:
    print('SystemExit', e.code, e.args)
import sys
try:
    sys.exit()
except SystemExit as e:
    print('sys.exit()', e.code, e.args)
try:
    sys.exit('message')
except SystemExit as e:
    print('sys.exit(msg)', e.code)
try:
    sys.exit(1, 2)
except TypeError as e:
    print('TypeError', e)
print(issubclass(SystemExit, Exception), isinstance(SystemExit(), BaseException))
try:
    try:
        raise SystemExit(2)
    except Exception:
        print('not here')
except BaseException as e:
    print('base caught', type(e).__name__)
