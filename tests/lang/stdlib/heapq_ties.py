import heapq, random
class K:
    def __init__(self, k, l): self.k, self.l = k, l
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return self.l
h = []
for k, l in zip([3, 1, 1, 2, 0], "abcde"):
    heapq.heappush(h, K(k, l))
print([heapq.heappop(h) for _ in range(5)])
random.seed(7)
for trial in range(200):
    data = [K(random.randint(0, 5), str(i)) for i in range(random.randint(0, 40))]
    h = list(data); heapq.heapify(h)
    out = []
    while h:
        if len(out) % 3 == 0 and h:
            out.append(heapq.heapreplace(h, K(random.randint(0, 5), "r")))
        else:
            out.append(heapq.heappop(h))
    if trial < 3 or trial % 50 == 0:
        print(out)
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(3, [5, 1, 4, 1, 5, 9, 2, 6]))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0])), heapq.heappushpop([1, 2], 0))
print(heapq.nsmallest(4, [K(1, "a"), K(0, "b"), K(1, "c"), K(0, "d"), K(1, "e")], key=lambda x: x.k))
print(heapq.nlargest(4, [K(1, "a"), K(0, "b"), K(1, "c"), K(0, "d"), K(1, "e")], key=lambda x: x.k))
