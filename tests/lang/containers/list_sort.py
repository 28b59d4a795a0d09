def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [5, 2, 8, 1, 9, 3]
a.sort(); print(a)
a.sort(reverse=True); print(a)
print(sorted("hello world"), sorted([3.5, -1.0, 2.25]), sorted([10 ** 30, -5, 2 ** 70, 7]))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'z'), (1, 'c')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
# stability on a large input
class LCG:
    def __init__(self, seed): self.x = seed
    def randrange(self, a, b=None):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        if b is None: a, b = 0, a
        return a + self.x % (b - a)
    def random(self):
        return self.randrange(1 << 30) / (1 << 30)
rng = LCG(12345)
data = [(rng.randrange(10), i) for i in range(2000)]
s = sorted(data, key=lambda p: p[0])
print(all(s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(len(s) - 1)))
s = sorted(data, key=lambda p: p[0], reverse=True)
print(all(s[i][0] > s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(len(s) - 1)))
nums = [rng.randrange(-1000, 1000) for _ in range(3000)]
print(sorted(nums) == sorted(nums, key=lambda x: x), sorted(nums)[:5], sorted(nums)[-5:])
fl = [rng.random() for _ in range(500)]
print(sorted(fl) == sorted(fl, key=float))
strs = [str(rng.randrange(100000)) for _ in range(500)]
print(sorted(strs)[:5])
print(sorted(range(100, 0, -1))[:5], sorted([1] * 10))
t(lambda: sorted([1, 'a']))
t(lambda: [3, 2].sort(1))
t(lambda: [].sort(foo=1))
t(lambda: [].sort(reverse=None))
t(lambda: [3, 2].sort(key=1))
print([].sort(key=1))
t(lambda: sorted([3, 1, 2], key=lambda x: 1 / (x - 1)))
b = [3, 1, 2]
try:
    b.sort(key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print('ZeroDivisionError', sorted(b))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
    def __repr__(self): return 'C%d' % self.v
print(sorted([Cmp(3), Cmp(1), Cmp(2)]))
c = [3, 1, 2]
def mutate(x):
    c.append(x)
    return x
t(lambda: c.sort(key=mutate))
print(sorted(c))
d = [3, 1, 2]
def peek(x):
    print('during sort:', d)
    return x
d.sort(key=peek)
print(d)
e = [1, 2, 3]
print(e.sort(), e)
mixed = [1, 2.5, True, -3, 0.5, 10 ** 20]
print(sorted(mixed))
print(sorted([(2, 1), (1, 2), (1, 1)], reverse=True))
print(sorted({3: 'a', 1: 'b', 2: 'c'}), sorted({'b', 'a', 'c'}), sorted((5, 4, 3)))
print(sorted([3, 1, 2], key=None), sorted([], reverse=True))
l = [3, 1, 2]
def key(x):
    l.sort()
    return x
l.sort(key=key)
print(l)
m = [3, 1, 2]
def key2(x):
    m.append(0)
    return x
try:
    m.sort(key=key2)
except ValueError as e:
    print('ValueError', e)
print(m)
