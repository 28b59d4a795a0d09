class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s == [1, 2, 3], s + [4], type(s + [4]).__name__)
print(type(s[:]).__name__, type(s * 2).__name__, s.copy(), type(s.copy()).__name__)
s += [9]
print(s, type(s).__name__)
class Uniq(list):
    def append(self, x):
        if x not in self:
            super().append(x)
u = Uniq()
for x in [1, 2, 1, 3, 2]:
    u.append(x)
print(u, list(u), sorted(u, reverse=True))
class Rev(list):
    def __iter__(self):
        return reversed(list(super().__iter__()))
r = Rev([1, 2, 3])
print(list(r), [x for x in r], r, r[0])
class Sized(list):
    def __len__(self):
        return 42
print(len(Sized([1])), Sized([1]))
class Attr(list):
    pass
a = Attr([3, 1, 2])
a.name = 'mine'
a.sort()
print(a, a.name, a.__dict__)
class Eq(list):
    def __eq__(self, other):
        return True
print(Eq([1]) == [2], [2] == Eq([1]), Eq() != [1])
class T(tuple):
    def __new__(cls, *args):
        return super().__new__(cls, args)
    def total(self):
        return sum(self)
t = T(1, 2, 3)
print(t, t.total(), len(t), t[1:], type(t[1:]).__name__, t + (4,), hash(t) == hash((1, 2, 3)))
class S(set):
    def add(self, x):
        super().add(x * 10)
ss = S()
ss.add(1)
ss.update([2])
print(ss, sorted(ss | {5}), type(ss | {5}).__name__)
