# PEP 695 syntax (generic functions/classes, type aliases)
def check(src):
    try:
        compile(src, "<tp>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)
for src in ["def f[T](x: T) -> T: return x", "class C[T]: pass", "class C[T](list[T]): pass",
            "def f[T, *Ts, **P](): pass", "def f[T: int, U: (int, str)](): pass",
            "def f[T = int, *Ts = (), **P = [int]](): pass", "type X = int", "type X[T] = list[T]",
            "type X[T: int = bool] = T", "def f[](): pass", "type X[] = int", "def f[*Ts: int](): pass",
            "def f[**P: int](): pass", "class C[T,]: pass", "type = 5", "type(x)", "type.x = 1",
            "def f[T](): type X[U] = dict[T, U]"]:
    check(src)
type Alias = int
print(Alias.__name__, Alias.__value__)
def ident[T](x: T) -> T:
    return x
print(ident(3), ident.__type_params__[0].__name__)
class Box[T]:
    def __init__(self, v: T): self.v = v
print(Box(5).v, [p.__name__ for p in Box.__type_params__])
