# Error cases of pickling and unpickling: types and messages.
import pickle, io

def show(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

good = pickle.dumps([1, 'abc', (2.5, None)], 2)
for n in range(len(good)):
    show('trunc2 %d' % n, lambda: pickle.loads(good[:n]))
good4 = pickle.dumps({'k': [1, 2, 3], 'z': 'x' * 10}, 4)
for n in (0, 1, 2, 3, 5, 10, 11, 12, 20, len(good4) - 1):
    show('trunc4 %d' % n, lambda: pickle.loads(good4[:n]))
good0 = pickle.dumps([1, 'abc', 2.5], 0)
for n in range(len(good0)):
    show('trunc0 %d' % n, lambda: pickle.loads(good0[:n]))

show('empty', lambda: pickle.loads(b''))
show('badkey', lambda: pickle.loads(b'\xff'))
show('badkey2', lambda: pickle.loads(b'z'))
show('badproto', lambda: pickle.loads(b'\x80\x09N.'))
show('nomark', lambda: pickle.loads(b't.'))
show('underflow', lambda: pickle.loads(b'.'))
show('underflow2', lambda: pickle.loads(b'K\x01\x86.'))
show('memo', lambda: pickle.loads(b'h\x05.'))
show('memo_long', lambda: pickle.loads(b'j\x05\x00\x00\x00.'))
show('str', lambda: pickle.loads('abc'))
show('persid', lambda: pickle.loads(b'P1\n.'))
show('binpersid', lambda: pickle.loads(b'K\x01Q.'))
show('global_missing', lambda: pickle.loads(b'cbuiltins\nnope\n.'))
show('global_mod', lambda: pickle.loads(b'cno_such_module_xyz\nf\n.'))
show('reduce_nontuple', lambda: pickle.loads(b'cbuiltins\nlist\nK\x01R.'))
show('extra_stop_data', lambda: pickle.loads(b'K\x01.garbage'))
show('dict_odd', lambda: pickle.loads(b'(K\x01d.'))
show('proto6', lambda: pickle.dumps(1, 6))
show('proto-1', lambda: pickle.dumps(1, -1)[:2])
show('proto_none', lambda: pickle.dumps(1, None)[:2])

def f(): pass
class Local: pass
show('lambda', lambda: pickle.dumps(lambda: 1) and None)
def make():
    class Inner: pass
    return Inner
show('local_class', lambda: pickle.dumps(make()))

class Renamed: pass
R = Renamed
class Renamed: pass
show('not_same', lambda: pickle.dumps(R))
class NoMod: pass
NoMod.__module__ = 'no_such_module_abc'
show('nomod', lambda: pickle.dumps(NoMod))

class BadReduce:
    def __reduce__(self): return 42
show('reduce_int', lambda: pickle.dumps(BadReduce()))
class BadReduce2:
    def __reduce__(self): return (list,)
show('reduce_short', lambda: pickle.dumps(BadReduce2()))
class BadReduce3:
    def __reduce__(self): return (list, [1])
show('reduce_args', lambda: pickle.dumps(BadReduce3()))
class BadReduce4:
    def __reduce__(self): return (1, ())
show('reduce_func', lambda: pickle.dumps(BadReduce4()))
class BadNewargs:
    def __getnewargs__(self): return [1]
show('newargs_list', lambda: pickle.dumps(BadNewargs(), 2))
class BadNewargsEx:
    def __getnewargs_ex__(self): return ((), [])
show('newargs_ex_bad', lambda: pickle.dumps(BadNewargsEx(), 4))
class BadNewargsEx2:
    def __getnewargs_ex__(self): return (1, 2, 3)
show('newargs_ex_len', lambda: pickle.dumps(BadNewargsEx2(), 4))
class Slotted:
    __slots__ = ('a',)
for p in range(6):
    show('slots %d' % p, lambda: pickle.loads(pickle.dumps(Slotted(), p)).__class__.__name__)

show('issubclass', lambda: issubclass(pickle.PicklingError, pickle.PickleError))
show('issubclass2', lambda: issubclass(pickle.UnpicklingError, pickle.PickleError))
show('issubclass3', lambda: issubclass(pickle.PickleError, Exception))
show('nowrite', lambda: pickle.Pickler(object()))
show('noread', lambda: pickle.Unpickler(object()))
show('persid0', lambda: pickle.dumps(1, 0) and None)
