# persistent_id / persistent_load, dispatch_table, reducer_override, copyreg.pickle and
# the copyreg extension registry (EXT1/EXT2/EXT4).
import pickle, io, copyreg

class Ref:
    def __init__(self, key): self.key = key
class DB:
    store = {'alpha': 'A-object', 'beta': [1, 2], 7: 'seven'}

class PPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return obj.key
        return None
class PUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return DB.store[pid]

for p in range(6):
    f = io.BytesIO()
    try:
        PPickler(f, p).dump([Ref('alpha'), Ref('beta'), 3, Ref('alpha')])
        print(p, f.getvalue())
        print('  ', PUnpickler(io.BytesIO(f.getvalue())).load())
    except Exception as e:
        print(p, type(e).__name__, e)
    f = io.BytesIO()
    try:
        PPickler(f, p).dump(Ref(7))
        print(p, f.getvalue(), PUnpickler(io.BytesIO(f.getvalue())).load())
    except Exception as e:
        print(p, 'int pid', type(e).__name__, e)
try:
    pickle.Unpickler(io.BytesIO(b'\x80\x02K\x01Q.')).load()
except Exception as e:
    print(type(e).__name__, e)

# persistent_load that raises
class BadLoad(pickle.Unpickler):
    def persistent_load(self, pid):
        raise pickle.UnpicklingError('unsupported persistent object %r' % (pid,))
try:
    BadLoad(io.BytesIO(b'Pxyz\n.')).load()
except Exception as e:
    print(type(e).__name__, e)

# dispatch_table on a Pickler
class Point:
    def __init__(self, x, y): self.x = x; self.y = y
def reduce_point(pt):
    return (Point, (pt.x, pt.y))
for p in range(6):
    f = io.BytesIO()
    pk = pickle.Pickler(f, p)
    pk.dispatch_table = {Point: reduce_point}
    pk.dump(Point(1, 2))
    print(p, f.getvalue())
    b = pickle.loads(f.getvalue())
    print('  ', type(b).__name__, b.x, b.y)
    print('   default', pickle.dumps(Point(1, 2), p))

# class attribute dispatch_table
class TablePickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Point] = lambda pt: (Point, (pt.y, pt.x))
f = io.BytesIO(); TablePickler(f, 2).dump(Point(3, 4))
b = pickle.loads(f.getvalue()); print('swapped', b.x, b.y)

# copyreg.pickle registers globally
class Money:
    def __init__(self, cents): self.cents = cents
copyreg.pickle(Money, lambda m: (Money, (m.cents,)))
for p in range(6):
    data = pickle.dumps(Money(250), p)
    print(p, data, pickle.loads(data).cents)
del copyreg.dispatch_table[Money]
try:
    copyreg.pickle(Money, 'notcallable')
except TypeError as e:
    print('TypeError', e)

# reducer_override
class RO(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Point:
            return 'ReplacedPoint' if False else NotImplemented
        if isinstance(obj, Point):
            return (complex, (obj.x, obj.y))
        return NotImplemented
for p in range(6):
    f = io.BytesIO(); RO(f, p).dump([Point(5, 6), 7, 'x'])
    print(p, f.getvalue(), pickle.loads(f.getvalue()))

# extension registry
class Ext1: pass
class Ext2: pass
class Ext4: pass
copyreg.add_extension(__name__, 'Ext1', 5)
copyreg.add_extension(__name__, 'Ext2', 300)
copyreg.add_extension(__name__, 'Ext4', 100000)
for p in range(6):
    data = pickle.dumps([Ext1, Ext2, Ext4, Ext1], p)
    print(p, data)
    print('  ', [c.__name__ for c in pickle.loads(data)])
copyreg.remove_extension(__name__, 'Ext1', 5)
copyreg.remove_extension(__name__, 'Ext2', 300)
copyreg.remove_extension(__name__, 'Ext4', 100000)
try:
    pickle.loads(b'\x80\x02\x82\x05.')
except Exception as e:
    print(type(e).__name__, e)
print(pickle.dumps(Ext1, 2))
