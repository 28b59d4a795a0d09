import copy
class A:
    def __init__(self): self.x = 1
    def __reduce__(self): return (A, ())
print(A().__reduce_ex__(4)[0] is A)
class B:
    def __init__(self): self.x = 1
    def __reduce__(self):
        r = super().__reduce__()
        return r
b = copy.deepcopy(B()); print(type(b).__name__, b.x)
class C:
    def __init__(self, v): self.v = v
print(copy.copy(C(5)).v)
