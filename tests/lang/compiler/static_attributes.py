# __static_attributes__ (3.13): self.X stores in methods
class A:
    def f(self):
        self.a = 1
        self.b += 1
        self.c: int = 2
        self.d: int
        (self.e, self.f2) = 1, 2
        for self.g in []: pass
        with x as self.h: pass
        del self.i
        other.j = 1
        def inner():
            self.k = 1

    def g(this):
        this.m = 1
    @staticmethod
    def s():
        self.n = 1
print(A.__static_attributes__)
class B:
    class C:
        def f(self):
            self.x = 1
    def f(self):
        self.y = 1
print(B.__static_attributes__, B.C.__static_attributes__)
