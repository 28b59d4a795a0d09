# abs(), divmod() and pow() with normal and error cases.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [-3, 3, 0, -2.5, 2**70, -(2**70), True, -0.0, 3 + 4j]:
    t(lambda: abs(v))
t(lambda: abs('a'))
t(lambda: abs())
t(lambda: abs(1, 2))
class A:
    def __abs__(self):
        return 'abs!'
t(lambda: abs(A()))
for a, b in [(7, 2), (-7, 2), (7, -2), (7.5, 2), (-7.5, 2), (2**65, 3), (True, 2)]:
    t(lambda: divmod(a, b))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: divmod(1, 'a'))
t(lambda: divmod(1))
t(lambda: pow(2, 10))
t(lambda: pow(2, -1))
t(lambda: pow(2, 10, 1000))
t(lambda: pow(3, -1, 7))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(base=2, exp=5))
t(lambda: pow(2, exp=3, mod=5))
t(lambda: pow(2))
t(lambda: pow(0, -1))
t(lambda: pow(-8, 1/3))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, 'a'))
