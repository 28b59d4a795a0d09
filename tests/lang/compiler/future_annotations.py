# from __future__ import annotations: annotations kept as source text
import sys
if '__future__' not in sys.modules:
    fake = type(sys)('__future__')
    for feature in ('annotations', 'generator_stop', 'division'):
        setattr(fake, feature, feature)
    sys.modules['__future__'] = fake

src = '''
from __future__ import annotations

def f(a: int, b: list[int] | None = None, *args: str, k: Callable[[int], str] = 1, **kw: dict[str, "X"]) -> tuple[int, ...]:
    return a

class Node:
    value: int
    next: Node | None = None
    weird: (a, b)
    lam: lambda x, *, y=1: x + y
    cond: a if b else -c ** 2 ** d
    comp: [i for i in range(3) if i]
    mapping: {1: 2, **d}
    logic: not a and b or c
    fmt: f'{x!r:>10}'
    sl: x[1:2, ::3]
    attr: 1 .real
    def link(self, other: Node) -> Node:
        self.next = other
        return other

result = f(5)
'''
ns = {}
exec(src, ns)
print(ns['f'].__annotations__)
print(ns['Node'].__annotations__)
print(ns['Node'].link.__annotations__)
print(ns['result'], ns['Node'].next)

for bad in ['x = 1\nfrom __future__ import annotations\n',
            'def g():\n    from __future__ import annotations\n',
            'from __future__ import braces\n',
            'from __future__ import no_such_feature\n']:
    try:
        compile(bad, '<bad>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)

print(compile('"doc"\nfrom __future__ import annotations\nfrom __future__ import division\nx: y = 1\n', '<ok>', 'exec').co_name)
