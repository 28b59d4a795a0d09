# When an exception escapes a comprehension, the names it bound get their
# outer values back before any handler runs.
import sys

def boom(v):
    if v == 2:
        raise ValueError('boom at %d' % v)
    return v

def restores_on_error():
    x = 'outer'
    try:
        [boom(x) for x in range(5)]
    except ValueError as e:
        print(type(e).__name__, e, '| x =', x)
    return x

print(restores_on_error())

def restores_unbound():
    try:
        [boom(y) for y in range(5)]
    except ValueError:
        pass
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ': ' + str(e)

print(restores_unbound())

def restores_nested():
    i = j = 'keep'
    try:
        [[boom(j) for j in range(i + 1)] for i in range(4)]
    except ValueError as e:
        print('nested', e)
    return i, j

print(restores_nested())

def restores_in_finally():
    x = 'before'
    seen = []
    try:
        try:
            [1 // x for x in [1, 0]]
        finally:
            seen.append(x)
    except ZeroDivisionError as e:
        seen.append(type(e).__name__)
    return seen

print(restores_in_finally())

def exception_in_iterable():
    x = 'kept'
    def gen():
        yield 1
        raise KeyError('from iterator')
    try:
        [x for x in gen()]
    except KeyError as e:
        return x, repr(e)

print(exception_in_iterable())

def exception_in_first_iterable():
    x = 'kept'
    try:
        [x for x in undefined_name]
    except NameError as e:
        return x, str(e)

print(exception_in_first_iterable())

def stop_iteration_inside():
    def f(v):
        if v == 1:
            raise StopIteration('stop')
        return v
    z = 'z'
    try:
        return [f(z) for z in range(3)]
    except StopIteration as e:
        return 'StopIteration', e.value if hasattr(e, 'value') else None, z

print(stop_iteration_inside())

def context_chaining():
    try:
        try:
            raise KeyError('first')
        except KeyError:
            [1 / 0 for _ in range(1)]
    except ZeroDivisionError as e:
        return type(e.__context__).__name__, str(e.__context__)

print(context_chaining())

def exc_info_inside():
    try:
        raise RuntimeError('handled')
    except RuntimeError:
        return [type(sys.exc_info()[1]).__name__ for _ in range(2)]

print(exc_info_inside())

def in_generator():
    x = 'gen outer'
    try:
        yield [boom(x) for x in range(4)]
    except ValueError as e:
        yield 'caught ' + str(e) + ' x=' + x

print(list(in_generator()))

def dict_restore():
    k = v = 'kv'
    try:
        {k: boom(v) for k, v in enumerate(range(4))}
    except ValueError:
        pass
    return k, v

print(dict_restore())

# module level
x = 'module x'
try:
    [boom(x) for x in range(3)]
except ValueError as e:
    print(e, x)

class K:
    q = 'class q'
    try:
        [boom(q) for q in range(3)]
    except ValueError as e:
        msg = str(e)
    after = q
print(K.msg, K.after)

# many repeated failures do not grow the stack or leave junk behind
def repeat():
    total = 0
    for n in range(200):
        try:
            [1 // (i - n % 3) for i in range(3)]
        except ZeroDivisionError:
            total += 1
    return total
print(repeat())
