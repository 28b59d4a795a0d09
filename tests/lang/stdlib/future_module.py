from __future__ import annotations
import __future__
for n in __future__.all_feature_names:
    f = getattr(__future__, n); print(n, f.optional, f.mandatory, hex(f.compiler_flag))
print(repr(__future__.annotations))
def f(x: List[int]) -> Foo: pass
print(f.__annotations__)
import dis
