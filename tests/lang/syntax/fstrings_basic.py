x, y, w, p = 42, 'hi', 10, 3
print(f'abc', f'{x}', f'{x!r}', f'{y!r}', f'{y!s:>10}|', f'{3.14159:{w}.{p}f}|')
print(f'{x=}', f'{x = }', f'{y=!s}', f'{x=:>5}', f'{y = !r:^8}|')
print(f'a{x}b{y}c', f'{{}}', f'{{x}}', f'a{{b{x}d}}e')
print(f'{x}' 'y' f'{y}', 'a' f'b{x}d' 'e')
print(f'{"nested"}', f"{'a' + "b"}", f'{f"{x}"}', f'{f"{f'{x}'}"}')
print(f'{x:}', f'{x:{w}}|', f'{x!r:{w}}|', F'{x}', rf'\n{x}', fR'\d{x}\d')
print(f'\n{x}\t'.encode(), f'{x}\N{BULLET}')
print(f"""
{x}
{y
}
""")
print(f'{x,y}', f'{(*[1, 2],)}', f'{x if y else w}', f'{(lambda: 1)()}')
print(f'{"\n".join(["a", "b"])}')
d = {'k': 'v'}
print(f'{d["k"]}', f"{d['k']}", f'{x!a}', f'{"é"!a}')
print(f'{ x }', f'{x=   }', f'{ x =}', f'{x==42}', f'{x!=42}', f'{x:=5}', f'{(z:=5)}', z)
print(f'{x:>{w}}' f"{y!r}", f'{x}' f'', f'' 'a', 'a' f'')
print(f'{x:{w}{"d"}}|', f'{x:0{w}d}', f'{1}{2:3}|')
class D:
    def __format__(self, spec): return 'D<' + spec + '>'
print(f'{D():%Y/%m/%d}', f'{D():{x}}', f'{D()!s:>1}'[:2])
print(f'{3.14:.2f}', f'{1e10:g}', f'{255:#x}', f'{255:b}', f'{1234567:,}', f'{0.5:%}')
print(f'{"a" "b"}', f'{x}{y}{w}', f'{[1, 2][0]}', f'{ {"a": 1}["a"] }')
print(f'{x:{"<"}{w}}|', f'{"{"}', f'{"}"}')
print(f'''{
    x
    +
    1
}''')
print(f'{x!s:{"^"}{w}}|')
