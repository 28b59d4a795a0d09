words = 'the quick brown fox jumps over the lazy dog the end'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
print({k: sorted(set(v)) for k, v in sorted(groups.items())})
inverse = {}
for k, v in counts.items():
    inverse.setdefault(v, []).append(k)
print(inverse)
letters = {}
for w in words:
    for ch in w:
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items())[:5], len(letters), max(letters, key=letters.get))
index = {w: i for i, w in enumerate(words)}
print(index)
unique_in_order = list(dict.fromkeys(words))
print(unique_in_order)
pairs = [(w, len(w)) for w in unique_in_order]
by_len = sorted(pairs, key=lambda p: p[1])
print(by_len)
seen = set()
dups = []
for w in words:
    if w in seen:
        dups.append(w)
    seen.add(w)
print(dups, len(seen))
matrix = {(i, j): i * j for i in range(3) for j in range(3)}
print(matrix[(2, 2)], sum(matrix.values()), sorted(k for k, v in matrix.items() if v == 0))
