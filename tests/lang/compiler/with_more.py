# More with-statement cases
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError('enter ' + self.name)
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.suppress

try:
    with CM('a'), CM('b', fail_enter=True):
        print('not reached')
except RuntimeError as e:
    print('caught', e)

with CM('outer', suppress=True):
    with CM('inner'):
        raise ValueError
print('continued')

def gen():
    with CM('in-gen'):
        yield 1
        yield 2
print(list(gen()))

def with_return_value():
    with CM('r') as c:
        return c.name * 2
print(with_return_value())

def exit_args():
    class Rec:
        def __enter__(self): return self
        def __exit__(self, *args):
            self.args = args
            return True
    r = Rec()
    with r:
        raise KeyError('x')
    t, v, tb = r.args
    return t.__name__, repr(v), tb is not None
print(exit_args())

def exit_on_success_args():
    class Rec:
        def __enter__(self): return self
        def __exit__(self, *args):
            self.args = args
    r = Rec()
    with r:
        pass
    return r.args
print(exit_on_success_args())

def missing_exit():
    class NoExit:
        def __enter__(self): return self
    try:
        with NoExit():
            pass
    except TypeError as e:
        return str(e)
print(missing_exit())

def with_continue_break():
    res = []
    for i in range(4):
        with CM('loop%d' % i):
            if i == 1:
                continue
            if i == 2:
                break
            res.append(i)
    return res
print(with_continue_break())

def with_nested_try():
    with CM('w'):
        try:
            raise ValueError('v')
        except ValueError:
            print('handled inside with')
    return 'done'
print(with_nested_try())

def suppress_then_return():
    with CM('s', suppress=True):
        1 / 0
    return 'after suppressed zde'
print(suppress_then_return())

def with_target_unpack():
    class Pair:
        def __enter__(self): return (1, [2, 3])
        def __exit__(self, *a): pass
    with Pair() as (a, [b, c]):
        return a + b + c
print(with_target_unpack())
