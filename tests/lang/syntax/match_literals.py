def m(x):
    match x:
        case 1:
            return 'one'
        case -1:
            return 'minus one'
        case 1.5 | -2j | 1+2j | -1-2j:
            return 'number alt'
        case 'a' "b":
            return 'ab'
        case b'x':
            return 'bytes'
        case None:
            return 'none'
        case True:
            return 'true'
        case False:
            return 'false'
        case _:
            return 'other'
for v in (1, -1, 1.5, -2j, 1+2j, -1-2j, 'ab', b'x', None, True, False, 0, 'zz', 1.0):
    print(repr(v), m(v))
