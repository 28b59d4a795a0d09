# A coroutine suspended inside an inlined comprehension: close() and throw()
# unwind through the comprehension, restoring the names it bound.
import types
@types.coroutine
def suspend():
    v = yield 'suspended'
    return v
async def co():
    x = 'outer'
    try:
        r = [await suspend() for x in range(3)]
    except GeneratorExit:
        print('GeneratorExit, x =', x)
        raise
    except ValueError as e:
        print('ValueError', e, 'x =', x)
        return 'handled'
    return r, x
c = co()
print(c.send(None)); print(c.send(1)); c.close()
c = co()
print(c.send(None))
try:
    c.throw(ValueError('thrown'))
except StopIteration as e:
    print('result', e.value)
c = co()
c.send(None); c.send('a'); c.send('b')
try:
    c.send('c')
except StopIteration as e:
    print('result', e.value)
