# strings: building, splitting, joining, formatting and dict counting.
def run(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    counts = {}
    parts = []
    for i in range(n):
        w = words[i % len(words)]
        key = f"{w}-{i % 97}"
        counts[key] = counts.get(key, 0) + 1
        if i % 1000 == 0:
            parts.append(key.upper())
    text = " ".join(parts)
    pieces = text.lower().split()
    joined = ",".join(sorted(set(pieces)))
    return len(counts), len(pieces), joined[:60], sum(len(k) for k in counts)


print(run(3000000))
