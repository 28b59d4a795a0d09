# Classes and functions pickled by reference; protocol <3 Python 2 name mapping.
import pickle, collections, sys, itertools

class Outer:
    class Inner:
        class Deep: pass
    def method(self): pass

def func(): pass

objs = [str, int, range, chr, bytes, bytearray, list, dict, set, frozenset, tuple, float, complex,
        object, type, len, getattr, isinstance, zip, map, filter, ValueError, KeyError, OSError,
        FileNotFoundError, ModuleNotFoundError, StopIteration, ConnectionError, Exception,
        type(None), type(NotImplemented), type(...), sys.intern, itertools.filterfalse,
        itertools.zip_longest, collections.OrderedDict, Outer, Outer.Inner, Outer.Inner.Deep,
        func, Outer.method, [Outer, Outer], [str, int, str], [Outer, func, Outer.Inner]]
for i, o in enumerate(objs):
    for p in range(6):
        data = pickle.dumps(o, p)
        print(i, p, data)
        back = pickle.loads(data)
        print('  ', back is o or back == o)
for p in range(6):
    print(p, pickle.dumps(Outer.Inner, p, fix_imports=False))
    print(p, pickle.dumps([str, range], p, fix_imports=False))
# loading Python 2 names
for data in [b'c__builtin__\nunicode\n.', b'c__builtin__\nxrange\n.', b'cexceptions\nValueError\n.',
             b'c__builtin__\nlong\n.', b'citertools\nizip\n.', b'c__builtin__\nbasestring\n.',
             b'cexceptions\nStandardError\n.', b'ccopy_reg\n_reconstructor\n.',
             b'c__builtin__\nreduce\n.', b'c__builtin__\nintern\n.', b'c__builtin__\nunichr\n.']:
    print(data, pickle.loads(data).__qualname__)
    try:
        print('  nofix', pickle.loads(data, fix_imports=False).__qualname__)
    except Exception as e:
        print('  nofix', type(e).__name__)
print(pickle.loads(b'\x80\x03c__builtin__\nunicode\n.', fix_imports=True) if False else 'skip')
