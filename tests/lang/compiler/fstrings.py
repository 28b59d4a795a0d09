# f-strings
name = 'world'
n = 42
pi = 3.14159
print(f'hello {name}!')
print(f'{n} {n!r} {name!r} {name!s} {name!a}')
print(f'{pi:.2f} {n:5d}| {n:<5}| {n:^7}| {n:x} {n:#o}')
width = 8
prec = 3
print(f'{pi:{width}.{prec}f}|')
print(f'{"nested"}' f' {n + 1}')
print(f'{{literal braces}} {n}')
print(f'{[1, 2][0]} {dict(a=1)["a"]}')
print(f'{n=}, {name = }, {pi=:.1f}')
print(f'')
print(f'{"é"!a}')
print(f'{3.0!r:>8}|')
class Fmt:
    def __format__(self, spec):
        return 'Fmt(' + spec + ')'
    def __repr__(self):
        return 'FmtRepr'
print(f'{Fmt()} {Fmt():abc} {Fmt()!r}')
x = 10
print(f'{x if x > 5 else 0} {(lambda: 7)()}')
print(f'''multi
line {n}''')
print(f'{n:{"^"}{10}}')
items = ['a', 'b']
print(f'{", ".join(items)}')
print(F'{n}' + f"{name}")
try:
    f'{n:invalid}'
except ValueError as e:
    print(type(e).__name__, e)
print(f'{1+1}{2*3}{"x"*3}')
print(f'{n!r:>6}|')
print(rf'raw\n{n}')
