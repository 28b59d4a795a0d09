def m(x):
    match x:
        case [1, 2] as y:
            return f'as {y}'
        case (1 | 2) as z:
            return f'or-as {z}'
        case 3 | 4 as w:
            return f'or-as2 {w}'
        case int(n) if n > 100:
            return f'guard {n}'
        case int(n) if (k := n * 2) > 50:
            return f'walrus guard {k}'
        case str(s) as whole if s:
            return f'str {whole}'
        case _:
            return 'default'
for v in ([1, 2], 1, 2, 3, 4, 101, 30, 'x', '', 5):
    print(repr(v), m(v))
match 5:
    case x:
        print('capture', x)
match (1, 2):
    case (a, b) if a < b:
        print('ordered')
