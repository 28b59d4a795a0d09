# match statements
def classify(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case True:
            return 'unreachable'
        case None:
            return 'none'
        case 'str':
            return 'the string'
        case [a]:
            return f'one-elem {a}'
        case [a, b]:
            return f'pair {a} {b}'
        case [a, *rest] if len(rest) > 2:
            return f'long starting {a} rest={rest}'
        case [*_, last]:
            return f'ends with {last}'
        case {'type': 'point', 'x': px, 'y': py}:
            return f'point {px},{py}'
        case {'k': v, **others}:
            return f'k={v} others={others}'
        case str() as s:
            return f'other str {s!r}'
        case float(f) if f > 100:
            return 'big float'
        case int() | float():
            return 'number'
        case _:
            return 'other'

for v in [0, 2, -1, None, 'str', [5], (1, 2), [1, 2, 3, 4], [1, 2, 3],
          {'type': 'point', 'x': 1, 'y': 2}, {'k': 1, 'z': 2}, 'abc', 500.0, 7, 3.5, {}, object]:
    print(repr(v) if not isinstance(v, type) else v.__name__, '->', classify(v))

class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=yy):
            return f'on y axis at {yy}'
        case Point(xx, 0):
            return f'on x axis at {xx}'
        case Point(x, y) if x == y:
            return 'diagonal'
        case Point():
            return 'somewhere'
        case _:
            return 'not a point'

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), 'x']:
    print(where(p))

def bindings(v):
    match v:
        case (1, x) | (x, 1):
            return x
        case [(a, b), c]:
            return (a, b, c)
        case {'a': [1, {'b': bb}]}:
            return bb
    return 'nomatch'

print(bindings((1, 5)), bindings((6, 1)), bindings([(1, 2), 3]), bindings({'a': [1, {'b': 'deep'}]}), bindings(9))

def as_pattern(v):
    match v:
        case [1, 2] as whole:
            return whole
        case (int() | str()) as thing:
            return ('thing', thing)
    return None

print(as_pattern([1, 2]), as_pattern(4), as_pattern('s'), as_pattern(4.5))

def strings_not_seq(v):
    match v:
        case [*chars]:
            return ('seq', chars)
        case _:
            return 'not seq'
print(strings_not_seq('abc'), strings_not_seq(b'ab'), strings_not_seq(range(3)))

def mapping_rest(v):
    match v:
        case {**rest}:
            return rest
print(mapping_rest({'a': 1}), mapping_rest([1]))

class Color:
    RED = 1
    GREEN = 2

def color(c):
    match c:
        case Color.RED:
            return 'red'
        case Color.GREEN:
            return 'green'
print(color(Color.RED), color(Color.GREEN), color(3))

def builtin_class_patterns(v):
    match v:
        case bool(b):
            return ('bool', b)
        case int(i):
            return ('int', i)
        case str(s):
            return ('str', s)
        case list([x, y]):
            return ('list2', x, y)
        case dict({'a': a}):
            return ('dict', a)
        case tuple(t):
            return ('tuple', t)
print(builtin_class_patterns(True), builtin_class_patterns(3), builtin_class_patterns('q'),
      builtin_class_patterns([1, 2]), builtin_class_patterns({'a': 0}), builtin_class_patterns((1,)))

def guard_side_effects(v):
    log = []
    match v:
        case x if log.append('g1') or x > 10:
            r = 'big'
        case x if log.append('g2') or x > 5:
            r = 'medium'
        case _:
            r = 'small'
    return r, log
print(guard_side_effects(20), guard_side_effects(7), guard_side_effects(1))

def complex_literals(v):
    match v:
        case 1+2j:
            return 'complex'
        case -3.5:
            return 'neg float'
        case b'bytes':
            return 'bytes'
        case 'a' 'b':
            return 'concat'
    return 'none'
print(complex_literals(1+2j), complex_literals(-3.5), complex_literals(b'bytes'), complex_literals('ab'))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

def match_in_loop():
    out = []
    for cmd in ['go north', 'quit', 'look', 'go']:
        match cmd.split():
            case ['go', direction]:
                out.append('going ' + direction)
            case ['quit']:
                out.append('bye')
                break
            case _:
                out.append('?')
    return out
print(match_in_loop())

def match_return_in_case(v):
    for i in range(3):
        match v:
            case 1:
                return 'one at %d' % i
            case _:
                continue
    return 'loop done'
print(match_return_in_case(1), match_return_in_case(2))
