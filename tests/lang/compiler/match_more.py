# match statement: more pattern kinds and corner cases
def m(v):
    match v:
        case [1, [2, *rest]]:
            return ('nested seq', rest)
        case (0 | 1) as bit, (0 | 1) as bit2:
            return ('bits', bit, bit2)
        case {'a': {'b': [x, y]}}:
            return ('deep map', x, y)
        case [str() as s, *_] if s.startswith('go'):
            return ('go cmd', s)
        case [int(n), str(s)] | [str(s), int(n)]:
            return ('int-str', n, s)
        case range(start=0, stop=stop):
            return ('range from 0', stop)
        case _:
            return 'default'
for v in [[1, [2, 3, 4]], (1, 0), {'a': {'b': (5, 6)}}, ['gohome', 1], [3, 'x'], ['y', 4], range(5), range(1, 5), 'zz']:
    print(m(v))

class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)
def attrs(v):
    match v:
        case P(a=1, b=b):
            return ('a1', b)
        case P(a=a):
            return ('a', a)
        case P():
            return 'P without a'
print(attrs(P(a=1, b=2)), attrs(P(a=5)), attrs(P(c=1)))
try:
    match P(x=1):
        case P(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

class BadMatchArgs:
    __match_args__ = ('a', 'a')
    a = 1
try:
    match BadMatchArgs():
        case BadMatchArgs(x, y):
            pass
except TypeError as e:
    print(type(e).__name__, e)

class MA:
    __match_args__ = ('p', 'q')
    def __init__(self, p, q):
        self.p, self.q = p, q
def ma(v):
    match v:
        case MA(1, q=2):
            return 'both'
        case MA(p, q):
            return ('pq', p, q)
print(ma(MA(1, 2)), ma(MA(3, 4)))
try:
    match MA(1, 2):
        case MA(1, p=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

def singletons(v):
    match v:
        case True:
            return 'True'
        case False:
            return 'False'
        case None:
            return 'None'
        case 1:
            return 'one'
        case 0:
            return 'zero'
print([singletons(v) for v in [True, False, None, 1, 0, 1.0, 0.0]])

def mapping_kinds(v):
    match v:
        case {'x': 1, **rest} if not rest:
            return 'exactly x'
        case {'x': 1, **rest}:
            return ('x and', sorted(rest))
        case {}:
            return 'any mapping'
print(mapping_kinds({'x': 1}), mapping_kinds({'x': 1, 'y': 2, 'z': 3}), mapping_kinds({'q': 1}), mapping_kinds([]))

class Dflt(dict):
    def __missing__(self, k):
        return 'missing'
def missing(v):
    match v:
        case {'absent': a}:
            return ('found', a)
        case _:
            return 'not found'
print(missing(Dflt()))

def seq_lengths(v):
    match v:
        case []:
            return 0
        case [_]:
            return 1
        case [_, _]:
            return 2
        case [_, _, *_]:
            return 'many'
print([seq_lengths(v) for v in [[], [1], (1, 2), [1, 2, 3], range(10)]])

def capture_after_fail(v):
    x = 'unset'
    match v:
        case [x, 99]:
            pass
        case _:
            pass
    return x
print(capture_after_fail([1, 99]))

def match_expr_subject():
    data = {'k': [1, 2]}
    match data['k'], len(data):
        case [a, b], 1:
            return a + b
print(match_expr_subject())

def or_with_captures(v):
    match v:
        case {'t': 'a', 'v': val} | {'t': 'b', 'val': val}:
            return val
    return None
print(or_with_captures({'t': 'a', 'v': 1}), or_with_captures({'t': 'b', 'val': 2}), or_with_captures({'t': 'c'}))

def match_bytes_str(v):
    match v:
        case b'x':
            return 'bytes x'
        case 'x':
            return 'str x'
        case [b'a', *_]:
            return 'list starting bytes a'
    return 'none'
print(match_bytes_str(b'x'), match_bytes_str('x'), match_bytes_str([b'a']), match_bytes_str(bytearray(b'x')))

match 42:
    case int(x) if x > 40:
        print('module-level match', x)
print(x)
