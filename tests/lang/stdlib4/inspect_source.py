import inspect, sys, os, types, abc, functools


# A comment about deco
def deco(fn):
    """Decorator.

    Keeps the function.
    """
    return fn


@deco
def decorated(a,
              b=(1,
                 2)):
    x = """
not the end
"""
    return x


def one_liner(): return 1


class Outer:
    """Outer doc."""

    class Inner:
        def method(self):
            return 42

    def m(self):
        # a comment inside
        if True:
            pass

        return None


class Child(Outer):
    def m(self):
        return 1


lam = lambda x: x + 1


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


def show(obj):
    try:
        lines, start = inspect.getsourcelines(obj)
        print(start, len(lines))
        print(inspect.getsource(obj), end="--\n")
    except Exception as e:
        print(type(e).__name__, e)


for obj in [deco, decorated, one_liner, Outer, Outer.Inner, Outer.Inner.method, Outer().m, Child, lam, gen]:
    show(obj)
show(len)
show(int)
show(1)
print(os.path.basename(inspect.getsourcefile(deco)), os.path.basename(inspect.getfile(Outer)))
print(inspect.getmodule(deco).__name__, inspect.getmodule(Outer.Inner.method) is sys.modules[__name__])
print(inspect.getmodule(os.path.join).__name__, inspect.getmodule(inspect) is inspect)
print(repr(inspect.getcomments(deco)))
print(inspect.getdoc(deco))
print(inspect.getdoc(Outer), inspect.getdoc(Child), repr(inspect.getdoc(Outer.m)))
print(repr(inspect.cleandoc("  first\n    second\n      third\n\n")))
print(repr(inspect.cleandoc("\n\n  a\n\tb\n")))
print(repr(inspect.cleandoc("")))
try:
    inspect.getfile(len)
except TypeError as e:
    print("TypeError", e)
try:
    inspect.getfile(int)
except TypeError as e:
    print("TypeError", e)

# predicates
objs = {"mod": inspect, "cls": Outer, "func": deco, "meth": Outer().m, "gen": gen(), "genf": gen,
        "coro_f": coro, "agenf": agen, "builtin": len, "lambda": lam, "int": 1,
        "mdesc": str.join, "wrapper": int.__add__, "prop": property(lambda s: 1),
        "code": deco.__code__, "frame": sys._getframe(), "partial": functools.partial(gen)}
preds = ["ismodule", "isclass", "isfunction", "ismethod", "isgenerator", "isgeneratorfunction",
         "iscoroutinefunction", "isasyncgenfunction", "isbuiltin", "isroutine", "iscode", "isframe",
         "ismethoddescriptor", "isdatadescriptor", "isabstract", "isawaitable", "iscoroutine",
         "isasyncgen", "istraceback"]
for name, obj in objs.items():
    print(name, [p for p in preds if getattr(inspect, p)(obj)])
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
a = agen()
print(inspect.isasyncgen(a))


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...


class Impl(Base):
    def run(self):
        return 1


print(inspect.isabstract(Base), inspect.isabstract(Impl), inspect.isabstract(1))

# members
class M:
    a = 1
    def f(self): pass
    @property
    def p(self): return 2
names = [n for n, v in inspect.getmembers(M) if not n.startswith("__")]
print(names)
print([n for n, v in inspect.getmembers(M(), inspect.ismethod)])
print([n for n, v in inspect.getmembers(M, inspect.isfunction)])
print(inspect.getmembers(types.SimpleNamespace(x=1, y=2), lambda v: isinstance(v, int)))
print(inspect.getmro(Child) == (Child, Outer, object))

# frames
def where():
    f = inspect.currentframe()
    info = inspect.getframeinfo(f)
    return f.f_code.co_name, info.function, info.lineno - f.f_code.co_firstlineno, info.code_context, info.index
print(where())
def outer_fn():
    return [(fi.function, fi.index) for fi in inspect.stack()[:2]]
print(outer_fn())
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))

@functools.wraps(deco)
def w(*a):
    pass
print(inspect.unwrap(w) is deco)
def loop(): pass
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print("ValueError", str(e).split(" at ")[0])
print(inspect.get_annotations(inspect.signature.__wrapped__ if hasattr(inspect.signature, "__wrapped__") else decorated))
def ann(a: int, b: "list[int]") -> "str": pass
print(inspect.get_annotations(ann), inspect.get_annotations(ann, eval_str=True))
