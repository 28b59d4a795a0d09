print(repr(['a', "b'c", 'd"e', 'f\n', 1.5, -0.0, 1e100, None, True, ...]))
print(repr((b'x', bytearray(b'y'), 1 + 2j, float('inf'), float('nan'))))
print({'quote': "it's", 1.0: [], (1, 2): {3}, None: frozenset()})
print(str([1, 'a']), str((1,)), str({'a': 'b'}), str({1}), str(set()), str(frozenset()), str(range(3)))
print([str], [len], [list.append] == [list.append], [type(None)])
print(f'{[1, 2]} {(3,)} {{4}} {dict(a=1)!r} {[1, 2]!s}')
print('%s %r' % ([1], ('a',)), '{} {}'.format({1: 2}, {3}))
print([[], [[]], [[], []]], ((), ((),)), {(): {}}, [{}, set(), frozenset()])
print(repr(list('ab')), repr(tuple('ab')), repr(set('a')), repr(dict.fromkeys('a')))
print([1, 2, 3].__repr__(), (1,).__repr__(), {1: 2}.__repr__(), {1}.__repr__(), range(1).__repr__(), slice(1).__repr__())
class Weird:
    def __repr__(self): return 'W!'
print([Weird()], (Weird(),), {Weird(): Weird()} and 'ok', {'k': Weird()})
class BadRepr:
    def __repr__(self): raise ValueError('bad repr')
try:
    repr([1, BadRepr()])
except ValueError as e:
    print('ValueError', e)
try:
    repr({'a': BadRepr()})
except ValueError as e:
    print('ValueError', e)
l = [1]
try:
    repr([BadRepr(), l])
except ValueError:
    pass
l.append(l)
print(l)
