# itertools: the tools as programs use them (combinatorics, slicing, chaining,
# grouping, accumulating); prints a checksum of every result. Timing: run
# with CPU time (e.g. `time`), not wall clock: the machine may be loaded.
import itertools as it
import operator

total = 0
for _ in range(3):
    total += len(list(it.islice(it.product(range(50), repeat=3), 100000)))
    total += sum(1 for _ in it.combinations(range(30), 4))
    total += sum(1 for _ in it.permutations(range(8), 5))
    total += sum(1 for _ in it.combinations_with_replacement(range(12), 5))
    total += sum(it.chain.from_iterable([range(1000)] * 200)) % 1000003
    total += sum(it.islice(it.count(), 0, 300000, 3)) % 1000003
    total += list(it.accumulate(range(200000)))[-1] % 1000003
    total += sum(len(list(g)) for k, g in it.groupby(range(200000), key=lambda x: x // 7))
    total += sum(a * b for a, b in it.pairwise(range(100000))) % 1000003
    total += sum(1 for _ in it.zip_longest(range(100000), range(50000)))
    total += sum(it.starmap(operator.mul, zip(range(100000), range(100000)))) % 1000003
    total += sum(it.compress(range(200000), it.cycle([1, 0, 0])))
    total += sum(it.takewhile(lambda x: x < 100000, it.count()))
    total += sum(it.filterfalse(lambda x: x % 3, range(200000)))
    total += sum(len(b) for b in it.batched(range(300000), 7))
    a, b = it.tee(range(100000))
    total += sum(a) + sum(b)
    total += sum(1 for _ in it.repeat(None, 300000))
print(total)
