def m(x):
    match x:
        case {'type': 'point', 'x': px, 'y': py}:
            return f'point {px},{py}'
        case {'type': 'circle', **rest}:
            return f'circle {sorted(rest.items())}'
        case {2: one, None: n, True: t}:
            return f'literal keys {one} {n} {t}'
        case {}:
            return 'some mapping'
        case _:
            return 'not mapping'
for v in ({'type': 'point', 'x': 1, 'y': 2, 'z': 3}, {'type': 'circle', 'r': 5, 'c': 0},
          {2: 'a', None: 'b', True: 'c'}, {'other': 1}, [1], {}):
    print(m(v))
class K:
    A = 'a'
match {'a': 1}:
    case {K.A: v}:
        print('attr key', v)
