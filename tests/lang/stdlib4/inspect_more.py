import inspect, functools, types, sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Meta(type):
    def __call__(cls, x, y=2):
        return super().__call__()
class WithMeta(metaclass=Meta):
    pass
class WithSig:
    __signature__ = inspect.Signature([inspect.Parameter("q", inspect.Parameter.KEYWORD_ONLY)])
class Both:
    def __new__(cls, *args, **kw): return super().__new__(cls)
    def __init__(self, a, b): pass
class Slotted:
    __slots__ = ("x",)
    def __init__(self, x=0): self.x = x
class Callable:
    def __call__(self, a, *, b=1): pass
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def wrapped(p, q=3): pass

for obj in [WithMeta, WithSig, Both, Slotted, Callable(), wrapped, functools.partial(Callable(), 1),
            functools.partial(wrapped, q=9), lambda: 0, lambda *a, **k: 0, Slotted.__init__]:
    t(lambda: str(inspect.signature(obj)))

t(lambda: inspect.signature(None))
t(lambda: inspect.signature(42))

def annotated(a: int, b: list[str], c: "Foo", d: types.SimpleNamespace = None, *e: int, f: dict[str, int] = {}) -> tuple[int, ...]: pass
print(inspect.signature(annotated))
print(inspect.formatannotation(int), inspect.formatannotation(list[int]), inspect.formatannotation("x"), inspect.formatannotation(types.SimpleNamespace))
sig = inspect.signature(annotated)
print([p.annotation for p in sig.parameters.values()][:3], sig.return_annotation)
print(list(sig.parameters), type(sig.parameters).__name__)
print(sig.replace(return_annotation=inspect.Signature.empty))
print(sig.parameters["a"].replace(default=5), sig.parameters["e"].replace(name="rest"))
P = inspect.Parameter
print(sorted([P.KEYWORD_ONLY, P.POSITIONAL_ONLY, P.VAR_KEYWORD]), P.VAR_POSITIONAL.description, P.KEYWORD_ONLY > P.POSITIONAL_OR_KEYWORD)
print(P("x", P.POSITIONAL_ONLY) == P("x", P.POSITIONAL_ONLY), P("x", P.POSITIONAL_ONLY) == P("x", P.KEYWORD_ONLY))
print(hash(P("x", P.POSITIONAL_ONLY)) == hash(P("x", P.POSITIONAL_ONLY)))
t(lambda: P("x", 99))

def f(a, b=2, *args, c, d=4, **kw): pass
s = inspect.signature(f)
for call in [((1,), {"c": 3}), ((1, 2, 3, 4), {"c": 5, "z": 6}), ((), {"a": 1, "c": 2}), ((1,), {"c": 0, "d": 1}), ((1,), {"b": 2, "c": 3})]:
    ba = s.bind(*call[0], **call[1])
    print(ba, ba.args, ba.kwargs)
    ba.apply_defaults()
    print(ba.arguments)
print(s.bind(1, c=2) == s.bind(1, c=2), s.bind(1, c=2) == s.bind(2, c=2))
print(inspect.getcallargs(f, 1, c=2))
t(lambda: inspect.getcallargs(f))
print(inspect.getfullargspec(annotated).annotations["return"])
print(inspect.getfullargspec(lambda a, /, b, *, c=1: 0))


class Base:
    def method(self):
        """Base method doc."""
    @property
    def prop(self):
        """Prop doc."""
        return 1
class Derived(Base):
    def method(self):
        pass
    @property
    def prop(self):
        return 2
print(inspect.getdoc(Derived.method), inspect.getdoc(Derived().method), inspect.getdoc(Derived.prop))
print(inspect.getdoc(Derived), inspect.getdoc(1) == inspect.getdoc(int))

class G:
    attr = 1
    def __getattr__(self, name):
        return "dynamic"
    @property
    def p(self):
        raise RuntimeError("not called")
g = G()
g.inst = 2
print(inspect.getattr_static(g, "attr"), inspect.getattr_static(g, "inst"), type(inspect.getattr_static(g, "p")).__name__)
t(lambda: inspect.getattr_static(g, "missing"))
print(inspect.getattr_static(g, "missing", "dflt"), getattr(g, "missing"))
print([n for n, v in inspect.getmembers_static(G) if not n.startswith("__")])

async def co(): pass
def plain(): pass
inspect.markcoroutinefunction(plain)
print(inspect.iscoroutinefunction(plain), inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(functools.partial(co)))
print(inspect.isgeneratorfunction(lambda: (yield)), inspect.isasyncgenfunction(co))
class M:
    def gm(self):
        yield 1
print(inspect.isgeneratorfunction(M().gm), inspect.ismethod(M().gm), inspect.isfunction(M.gm))
print(inspect.isdatadescriptor(property()), inspect.isdatadescriptor(Slotted.x), inspect.ismemberdescriptor(Slotted.x), inspect.isgetsetdescriptor(type.__dict__["__name__"]))
print(inspect.ismethoddescriptor(str.upper), inspect.ismethoddescriptor(classmethod(plain)), inspect.isroutine(str.upper))
fr = inspect.currentframe()
print(fr is sys._getframe(), inspect.getframeinfo(fr, context=0).code_context, inspect.getlineno(fr) > 0)
def nest():
    return [fi.function for fi in inspect.stack(0)][:3]
def nest2():
    return nest()
print(nest2())
try:
    1 / 0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    info = inspect.getframeinfo(tb)
    print(info.function, info.code_context, [fi.function for fi in inspect.getinnerframes(tb)])
print(inspect.getmodulename("/a/b/mod.py"), inspect.getmodulename("x.txt"))
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS)
def g3(a, b, c, d=1, *, e, f=2): pass
def g0(): pass
def g1(a=1): pass
for fn, a, k in [(g3, (1,), {}), (g3, (), {"e": 1}), (g3, (1, 2, 3), {}), (g3, (1, 2, 3, 4, 5), {}), (g3, (1, 2, 3), {"e": 0, "z": 1}),
                 (g3, (1, 2, 3), {"a": 1, "e": 2}), (g0, (1,), {}), (g0, (1, 2), {}), (g1, (1, 2), {}), (g3, (1, 2, 3, 4, 5), {"e": 1}),
                 (g3, (1, 2), {"c": 3, "e": 4})]:
    t(lambda: inspect.getcallargs(fn, *a, **k))
print(list(inspect.getcallargs(M().gm)))
import inspect
P = inspect.Parameter
cases = [
 [P("a", P.POSITIONAL_ONLY)],
 [P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_ONLY, default=1)],
 [P("a", P.POSITIONAL_ONLY), P("args", P.VAR_POSITIONAL)],
 [P("a", P.POSITIONAL_ONLY), P("k", P.KEYWORD_ONLY)],
 [P("k", P.KEYWORD_ONLY), P("j", P.KEYWORD_ONLY, default=2), P("kw", P.VAR_KEYWORD)],
 [P("args", P.VAR_POSITIONAL), P("k", P.KEYWORD_ONLY)],
 [P("a", P.POSITIONAL_OR_KEYWORD, annotation=int, default=3), P("kw", P.VAR_KEYWORD, annotation=str)],
 [],
]
for c in cases:
    s = inspect.Signature(c)
    print(s, s.format(max_width=10), repr(s))
def f(aaaaaaaaaa, bbbbbbbbbbbbb, /, ccccccccccccc=1, *ddddddddd, eeeeeeeee, **ffffffffff) -> int: pass
print(inspect.signature(f).format(max_width=40))
try: inspect.Signature([P("a", P.POSITIONAL_OR_KEYWORD, default=1), P("b", P.POSITIONAL_OR_KEYWORD)])
except ValueError as e: print(e)
print(inspect.Signature([P("a", P.POSITIONAL_OR_KEYWORD, default=1), P("b", P.KEYWORD_ONLY)]))
