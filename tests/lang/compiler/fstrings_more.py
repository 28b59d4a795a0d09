# f-strings: nesting, quotes (3.12+), conversions with specs, debugging
x = 3.14159
name = 'fstr'
print(f"{'single'} {"double"} {f'{name}'}")
print(f'{x!r:>12}|{x!s:<10}|')
print(f'{x:{"<"}{10}.{2}}|')
items = {'k': [1, 2]}
print(f'{items["k"][1]}')
print(f'{name.upper()!r}')
print(f'{ {"a": 1}["a"] }')
print(f'{3 + 4 = }')
print(f'{name = !s}')
print(f'{x = :.3f}')
width = 6
for v in [1, 22, 333]:
    print(f'[{v:>{width}}]')
print(f'{"\n".join(["a", "b"])}')
print(f'{"nested {braces}"}')
print(f"{'{'}{'}'}")
print(f'{1_000_000:,}', f'{255:#x}', f'{0.25:%}', f'{12:08.3f}')
import sys
print(f'{sys.version_info[0]}')
def gen_f():
    for i in range(2):
        yield f'item {i}'
print(list(gen_f()))
class P:
    def __str__(self): return 'P-str'
    def __repr__(self): return 'P-repr'
print(f'{P()} {P()!r} {P()!s} {P()!a}')
print(f'{"café"!a}')
lam = f'{(lambda v: v * 2)(4)}'
print(lam)
print(f'{x:{"."}>{10}}')
print(f'''{
    1 + 1
}''')
print(f'a' 'b' f'{name}' 'c')
print(f'{name:}|{name!r:}|')
