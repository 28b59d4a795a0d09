# Binary operator overloading: every dunder and its reflected form.
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'V(%r)' % (self.v,)
ops = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow',
       'lshift', 'rshift', 'and', 'xor', 'or']
for name in ops:
    def make(name, r):
        def f(self, other):
            return '%s%s(%r, %r)' % ('r' if r else '', name, self.v, getattr(other, 'v', other))
        return f
    setattr(V, '__%s__' % name, make(name, False))
    setattr(V, '__r%s__' % name, make(name, True))
a, b = V(1), V(2)
print(a + b, a - 1, 2 * a, a @ b, a / 3, 4 // a, a % 5, divmod(a, 6), divmod(7, a))
print(a ** 2, 2 ** a, pow(a, 3), a << 1, 1 >> a, a & b, 3 ^ a, a | 4)
x = a
x += 1
print(x)
x = V(9)
x **= 2
print(x)

class Num:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        if isinstance(o, Num): return Num(self.n + o.n)
        if isinstance(o, int): return Num(self.n + o)
        return NotImplemented
    __radd__ = __add__
    def __repr__(self): return 'Num(%d)' % self.n
print(Num(1) + Num(2), Num(1) + 5, 5 + Num(1), sum([Num(1), Num(2)], Num(0)), sum([Num(3)]))
for expr in ("Num(1) + 'a'", "'a' + Num(1)", "Num(1) - 1", "1 - Num(1)", "Num(1) ** None",
             "pow(Num(1), 2, 3)", "divmod(Num(1), 1)", "Num(1) @ 2"):
    try:
        eval(expr)
    except TypeError as e:
        print('TypeError', e)

# ternary pow
class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other, mod=None):
        return ('rpow', other, mod)
print(P() ** 2, pow(P(), 2, 5), 2 ** P())
try:
    pow(2, P(), 5)
except TypeError as e:
    print('TypeError', e)

# builtin errors
for expr in ("1 + 'a'", "'a' + 1", "[1] + (1,)", "(1,) + [1]", "b'' + 'a'", "[1] * 'a'",
             "'a' * 1.5", "1.5 * 'a'", "{} | []", "1 @ 1", "None + None", "[] - []",
             "divmod('a', 1)", "2 ** 'a'", "~'a'", "-[]", "+None", "abs('x')"):
    try:
        eval(expr)
    except TypeError as e:
        print('TypeError', e)
print([1] * 2, 2 * [1], 'ab' * 2, 3 * 'c', (1,) * 2, 2 * (0,))
