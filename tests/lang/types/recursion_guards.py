# Unbounded recursion through dunders raises RecursionError, never crashes.
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('RecursionError', e)
class G:
    def __getattr__(self, n): return self.missing
try:
    G().x
except RecursionError as e:
    print('RecursionError', e)
class E:
    def __eq__(self, o): return self == o
try:
    E() == 1
except RecursionError as e:
    print('RecursionError', e)
class L:
    def __len__(self): return len(self)
try:
    len(L())
except RecursionError as e:
    print('RecursionError', e)
class A:
    def __add__(self, o): return self + o
try:
    A() + 1
except RecursionError as e:
    print('RecursionError', e)
class H:
    def __hash__(self): return hash(self)
try:
    hash(H())
except RecursionError as e:
    print('RecursionError', e)
class I:
    def __instancecheck__(self, x): return isinstance(x, self)
try:
    isinstance(1, I())
except RecursionError as e:
    print('RecursionError', e)
class S:
    def __str__(self): return str(self)
try:
    str(S())
except RecursionError as e:
    print('RecursionError', e)
t = ()
for i in range(100000):
    t = (t,)
try:
    isinstance(1, t)
except RecursionError as e:
    print('RecursionError', e)
class Meta(type):
    def __getattribute__(cls, n): return getattr(cls, n)
class M(metaclass=Meta): pass
try:
    M.x
except RecursionError as e:
    print('RecursionError', e)
print('done')
