# with statements
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.suppress

with CM('a') as v:
    print('body', v)

with CM('b', suppress=True):
    raise ValueError('suppressed')
print('after suppressed')

try:
    with CM('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', e)

with CM('d') as x, CM('e') as y:
    print('two', x, y)

def ret_through_with():
    with CM('f'):
        return 'returned'
print(ret_through_with())

def break_through_with():
    for i in range(3):
        with CM('loop%d' % i):
            if i == 1:
                break
            if i == 0:
                continue
    return i
print(break_through_with())

class Target:
    pass
t = Target()
with CM('g') as t.attr:
    pass
print(t.attr)

d = {}
with CM('h') as d['k']:
    pass
print(d)

with CM('i') as (p, q):
    pass
print(p, q)

try:
    with 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)

def exit_raises():
    class Bad:
        def __enter__(self): return self
        def __exit__(self, *a):
            raise RuntimeError('exit failed')
    try:
        with Bad():
            raise ValueError('inner')
    except RuntimeError as e:
        print(e, type(e.__context__).__name__)
exit_raises()

def nested_with_finally():
    try:
        with CM('j'):
            try:
                return 'x'
            finally:
                print('inner finally')
    finally:
        print('outer finally')
print(nested_with_finally())

def with_exception_info():
    import sys
    class Inspect:
        def __enter__(self): return self
        def __exit__(self, t, v, tb):
            print('exc during exit:', type(sys.exception()).__name__)
            return True
    with Inspect():
        raise IndexError
    print('after:', sys.exception())
with_exception_info()

def with_in_loop_continue():
    out = []
    for i in range(4):
        with CM('w%d' % i, suppress=True):
            if i % 2:
                continue
            out.append(i)
    return out
print(with_in_loop_continue())
