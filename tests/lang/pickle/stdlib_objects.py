# Pickling objects of other stdlib modules and builtin callables: enum members, namedtuple,
# defaultdict, Counter, OrderedDict, SimpleNamespace, date/timedelta, Fraction, Decimal,
# partial, operator getters, bound methods, builtin methods and slot wrappers.
import pickle, collections, enum, datetime, fractions, decimal, types, functools, operator

class E(enum.Enum):
    A = 1
    B = 'b'
class IE(enum.IntEnum):
    X = 3
NT = collections.namedtuple('NT', 'a b')
class K:
    def __init__(self): self.tag = 'k'
    def m(self): return 'm of %s' % self.tag
    @classmethod
    def c(cls): return 'c of %s' % cls.__name__

def describe(b):
    if callable(b) and not isinstance(b, type):
        return getattr(b, '__qualname__', type(b).__name__)
    return repr(b)

objs = [NotImplemented, Ellipsis, E.A, E.B, IE.X, NT(1, 2), collections.defaultdict(list, a=[1]),
        collections.Counter('aab'), collections.OrderedDict(a=1), types.SimpleNamespace(a=1),
        datetime.date(2020, 1, 2), datetime.timedelta(1, 2, 3),
        fractions.Fraction(1, 3), decimal.Decimal('1.5'), functools.partial(max, 1, key=abs),
        operator.itemgetter(1), operator.itemgetter(1, 2), operator.attrgetter('a'),
        operator.methodcaller('upper'), operator.methodcaller('split', ',', maxsplit=1), E, IE, NT, K.c, [].append, int.__add__, (1).__add__,
        str.upper, dict.fromkeys, max, len, range(0), slice(1), [len, max, int, str, getattr]]
for i, o in enumerate(objs):
    for p in range(6):
        try:
            data = pickle.dumps(o, p)
            b = pickle.loads(data)
            print(i, p, data)
            print('  ', describe(b), b == o if not callable(b) or isinstance(b, type) else '')
        except Exception as e:
            print(i, p, type(e).__name__, str(e))
# calling what came back
print(pickle.loads(pickle.dumps(functools.partial(max, 1, key=abs), 2))(-5, 3))
print(pickle.loads(pickle.dumps(operator.itemgetter(1), 4))('xyz'))
print(pickle.loads(pickle.dumps(K().m, 2))(), pickle.loads(pickle.dumps(K.c, 0))())
print(pickle.loads(pickle.dumps((5).__add__, 3))(6), pickle.loads(pickle.dumps(str.upper, 1))('q'))
print(pickle.loads(pickle.dumps(operator.methodcaller('split', ',', maxsplit=1), 2))('a,b,c'))
