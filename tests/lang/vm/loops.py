for i in range(3):
    print(i)
else:
    print("for else")
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 5:
    n += 1
    if n % 2:
        continue
    print("even", n)
else:
    print("while else", n)
while True:
    n -= 1
    if n < 0:
        break
print(n)
for x in []:
    print("never")
else:
    print("empty else")
for i, c in enumerate("ab"):
    for j in range(2):
        if j == 1:
            break
        print(i, c, j)
total = 0
for i in range(1000):
    for j in range(10):
        total += i ^ j
print(total)
it = iter([1, 2, 3])
for v in it:
    if v == 1:
        print("skip", next(it))
    else:
        print("v", v)
d = {"a": 1, "b": 2}
for k in d:
    print(k, d[k])
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError", e)
class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(CountDown(4)))
for x in CountDown(2):
    print("cd", x)
class GetItemIter:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(GetItemIter()), [x for x in GetItemIter()])
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError", e)
i = 0
while i < 3:
    try:
        i += 1
        continue
    finally:
        print("finally in while", i)
