# Round trips of generated structures through every protocol, compared with repr and
# with the bytes CPython writes (printed as a short checksum plus the length).
import pickle

def digest(b):
    h = 7
    for x in b:
        h = (h * 131 + x) % 2147483647
    return h

class LCG:
    def __init__(self, seed): self.s = seed
    def next(self, n):
        self.s = (self.s * 1103515245 + 12345) % 2147483648
        return self.s % n

def gen(r, depth):
    k = r.next(12 if depth < 4 else 7)
    if k == 0: return None
    if k == 1: return r.next(2) == 1
    if k == 2: return r.next(1000) - 500
    if k == 3: return (r.next(1 << 30) << r.next(80)) - r.next(1 << 20)
    if k == 4: return r.next(100000) / 7.0
    if k == 5: return ''.join(chr(r.next(0x3000) + 32) for _ in range(r.next(6)))
    if k == 6: return bytes(r.next(256) for _ in range(r.next(5)))
    if k == 7: return [gen(r, depth + 1) for _ in range(r.next(5))]
    if k == 8: return tuple(gen(r, depth + 1) for _ in range(r.next(5)))
    if k == 9: return {str(r.next(50)): gen(r, depth + 1) for _ in range(r.next(4))}
    if k == 10: return frozenset(r.next(100) for _ in range(r.next(4)))
    return {r.next(100) for _ in range(r.next(4))}

for seed in range(40):
    obj = gen(LCG(seed), 0)
    line = [seed]
    for p in range(6):
        data = pickle.dumps(obj, p)
        back = pickle.loads(data)
        line.append((len(data), digest(data), back == obj))
    print(line)
    print('  ', repr(obj)[:100])
