def m(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return f'one {a}'
        case [a, b, *rest] if not rest:
            return f'two {a} {b}'
        case [first, *_, last]:
            return f'first {first} last {last}'
        case _:
            return 'not a sequence'
for v in ([], [1], (1, 2), [1, 2, 3, 4], 'str', {1: 2}, range(3)):
    print(v, m(v))
def n(x):
    match x:
        case (a, b):
            return 'pair'
        case a, b, c:
            return 'triple'
        case (a,):
            return 'single'
        case ():
            return 'unit'
        case [[a, b], c]:
            return f'nested {a}{b}{c}'
        case [*a, 9]:
            return f'ends with 9 {a}'
    return 'none'
for v in ((1, 2), [1, 2, 3], [5], (), [[1, 2], 3], [1, 2, 3, 9], 'ab'):
    print(v, n(v))
match 1, 2:
    case a, b:
        print('subject tuple', a, b)
match *[1, 2], 3:
    case [*xs]:
        print('star subject', xs)
