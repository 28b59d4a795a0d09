from array import array
import array as arraymod
import copy, pickle
class Vec(array):
    def __new__(cls, *args):
        return super().__new__(cls, 'd', *args)
    def norm2(self):
        return sum(x * x for x in self)
    def __repr__(self):
        return 'Vec(%s)' % self.tolist()
v = Vec([3.0, 4.0])
print(v, v.norm2(), v.typecode, type(v).__name__, isinstance(v, array))
print(type(v + v).__name__, type(v * 2).__name__, type(v[:]).__name__, type(copy.copy(v)).__name__)
v += Vec([1.0])
print(v, len(v))
class Tagged(array):
    pass
t = Tagged('i', [1, 2, 3])
t.tag = 'x'
print(repr(t), t.tag, t == array('i', [1, 2, 3]), t.__reduce_ex__(2)[0] is Tagged, t.__reduce_ex__(2)[1:])
for proto in (0, 1, 2):
    p = pickle.loads(pickle.dumps(array('h', [1, -2, 3]), proto)) if hasattr(pickle, 'dumps') else None
    print(proto, p)
c = copy.deepcopy(array('w', 'deep'))
print(c, copy.copy(array('b')))
print(array('B', b'hello').tobytes().decode(), bytes(array('B', [104, 105])))
print(list(reversed(array('i', [1, 2, 3]))), array('i', [3, 1, 2]) in [array('i', [3, 1, 2])])
print(sorted([array('b', [2]), array('b', [1, 5]), array('b', [1])]))
print(arraymod.ArrayType is array, arraymod.typecodes, array.__name__, array.__qualname__)
a = array('l', [5, 6, 7])
it = iter(a)
print(next(it))
a.append(8)
print(list(it))
a2 = array('l')
it2 = iter(a2)
print(list(it2))
a2.append(1)
print(list(it2))
x = array('I', [1, 2, 3])
x.extend(x)
print(x)
x[1:5] = x[0:2]
print(x)
print(len(array('d', range(1000))[::-1][::7]), array('i', range(10))[-3:-1], array('i', range(10))[5:-5])
print(array('f', [1.0]) == array('d', [1.0]), array('f', [0.1]) == array('d', [0.1]))
print(bool(array('b')), bool(array('b', [0])), array('b', [0]) * 3 == array('b', [0, 0, 0]))
e = array('q', range(5))
e.remove(3); e.remove(0)
print(e, e.index(4), e.pop(1), e)
e.reverse(); e.byteswap(); e.byteswap()
print(e, e.buffer_info()[1] == len(e))
print(bytes(array('h', [1, 2])), bytes(array('d', [1.0])), bytes(array('B', [7, 8])), bytes(array('w', 'a')))
print(array[int], array[float].__origin__ is array)
