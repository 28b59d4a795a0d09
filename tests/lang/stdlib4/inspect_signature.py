import inspect, functools
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int: pass
def g(a: int, b: "str" = "x", *, c: list[int] = None) -> None: pass
def h(x, y, z=3): pass
def k(a, /, b, *, c): pass
def kk(*, a, b=2): pass
class C:
    def m(self, x, y=2): pass
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r, *s): pass
    def __call__(self, z): pass
class D:
    def __init__(self, a, b=5): pass
class E:
    def __new__(cls, n, *rest): pass
class F: pass
for obj in [f, g, h, k, kk, C.m, C().m, C.cm, C.sm, C(), D, E, F, lambda x, *y: 0, functools.partial(h, 1), functools.partial(h, y=2), functools.partial(k, 1, c=3)]:
    t(lambda: str(inspect.signature(obj)))
sig = inspect.signature(f)
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, p.kind.description, p.default, p.annotation is p.empty, int(p.kind))
print(repr(sig), sig.return_annotation)
s = inspect.signature(h)
for a, kw in [((1, 2), {}), ((1,), {"y": 2}), ((1, 2, 3, 4), {}), ((), {}), ((1,), {}), ((1, 2), {"x": 3}), ((1, 2), {"w": 3})]:
    t(lambda: s.bind(*a, **kw))
t(lambda: s.bind_partial(1))
t(lambda: inspect.signature(kk).bind())
t(lambda: inspect.signature(kk).bind(1))
t(lambda: inspect.signature(k).bind(1, 2))
t(lambda: inspect.signature(k).bind(a=1, b=2, c=3))
t(lambda: inspect.signature(k).bind(1, b=2))
t(lambda: inspect.signature(k).bind(1, 2, c=3))
t(lambda: inspect.signature(f).bind(1, 2, 3, 4, 5, d=6, z=7))
ba = inspect.signature(f).bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba.args, ba.kwargs, ba.arguments)
ba = s.bind(1, 2); ba.apply_defaults(); print(ba, ba.args, ba.kwargs)
ba = inspect.signature(f).bind(1, d=0); ba.apply_defaults(); print(ba)
P = inspect.Parameter
t(lambda: P("x", P.VAR_POSITIONAL, default=1))
t(lambda: P("1x", P.POSITIONAL_ONLY))
t(lambda: P("def", P.POSITIONAL_ONLY))
t(lambda: P(1, P.POSITIONAL_ONLY))
t(lambda: inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)]))
t(lambda: inspect.Signature([P("a", P.POSITIONAL_ONLY, default=1), P("b", P.POSITIONAL_ONLY)]))
t(lambda: inspect.Signature([P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)]))
t(lambda: str(inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=None)], return_annotation=list)))
t(lambda: str(inspect.signature(h).replace(parameters=[P("q", P.POSITIONAL_OR_KEYWORD)])))
t(lambda: P("x", P.KEYWORD_ONLY, default=1).replace(name="y", annotation=int))
print(inspect.signature(h) == inspect.signature(lambda x, y, z=3: 0), hash(inspect.signature(h)) == hash(inspect.signature(lambda x, y, z=3: 0)))
t(lambda: inspect.signature(1))
t(lambda: inspect.Parameter.empty)
@functools.wraps(h)
def wrapper(*a, **k): pass
t(lambda: str(inspect.signature(wrapper)))
t(lambda: str(inspect.signature(wrapper, follow_wrapped=False)))
print(inspect.getfullargspec(f))
print(inspect.getcallargs(h, 1, 2))
print(str(inspect.Parameter.POSITIONAL_ONLY), repr(inspect.Parameter.KEYWORD_ONLY))
