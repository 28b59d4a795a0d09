# bin(), oct(), hex().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0, 1, -1, 5, -5, 255, -255, 2**64, -(2**100), True]:
    t(lambda: (bin(v), oct(v), hex(v)))
class I:
    def __index__(self):
        return 42
t(lambda: (bin(I()), oct(I()), hex(I())))
t(lambda: bin(1.5))
t(lambda: hex('a'))
t(lambda: oct(None))
t(lambda: bin())
