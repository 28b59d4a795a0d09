# several threads share one iterator: no crash, and every item of the source
# is produced at most once (tee: every branch sees each item exactly once)
import itertools as it
import operator
import threading

N = 20000


def drain(iterator, nthreads=4):
    out = [[] for _ in range(nthreads)]
    errors = []

    def work(k):
        try:
            for x in iterator:
                out[k].append(x)
        except Exception as e:
            errors.append(type(e).__name__)

    ths = [threading.Thread(target=work, args=(k,)) for k in range(nthreads)]
    for th in ths:
        th.start()
    for th in ths:
        th.join()
    return [x for part in out for x in part], errors


def at_most_once(label, make, universe):
    items, errors = drain(make())
    ok = len(items) == len(set(items)) and set(items) <= universe
    print(label, "unique" if ok else "DUPLICATES", "errors:", errors)


def exactly_or_dupes(label, make, expect_max):
    items, errors = drain(make())
    print(label, "bounded" if len(items) <= expect_max else "TOO MANY", "errors:", errors)


universe = set(range(N))
at_most_once("chain", lambda: it.chain(iter(range(N // 2)), iter(range(N // 2, N))), universe)
at_most_once("islice", lambda: it.islice(iter(range(N)), 0, None, 1), universe)
at_most_once("filterfalse", lambda: it.filterfalse(lambda x: x % 3, iter(range(N))), universe)
at_most_once("dropwhile", lambda: it.dropwhile(lambda x: x < 100, iter(range(N))), universe)
at_most_once("takewhile", lambda: it.takewhile(lambda x: x < N - 100, iter(range(N))), universe)
at_most_once("compress", lambda: it.compress(iter(range(N)), it.cycle([1, 0])), universe)
at_most_once("starmap", lambda: it.starmap(lambda x: x, ((i,) for i in range(0))), universe)
at_most_once("batched flat", lambda: it.chain.from_iterable(it.batched(iter(range(N)), 7)), universe)
prod_universe = set(it.product(range(30), repeat=3))
at_most_once("product", lambda: it.product(range(30), repeat=3), prod_universe)
items, errors = drain(it.product(range(30), repeat=3))
print("product all produced", len(items) == 27000, errors)
items, errors = drain(it.combinations(range(25), 3))
print("combinations exact", len(items) == len(set(items)) == 2300, errors)
items, errors = drain(it.permutations(range(7), 4))
print("permutations exact", len(items) == len(set(items)) == 840, errors)
items, errors = drain(it.combinations_with_replacement(range(10), 4))
print("cwr exact", len(items) == len(set(items)) == 715, errors)
items, errors = drain(it.repeat("x", N))
print("repeat exact", len(items) == N, errors)
items, errors = drain(it.islice(it.count(), N))
print("count exact", sorted(items) == list(range(N)), errors)
exactly_or_dupes("cycle", lambda: it.islice(it.cycle(range(50)), N), N)
exactly_or_dupes("accumulate", lambda: it.accumulate(iter(range(N))), N)
exactly_or_dupes("pairwise", lambda: it.pairwise(iter(range(N))), N)
exactly_or_dupes("zip_longest", lambda: it.zip_longest(iter(range(N)), iter(range(N // 2))), N)
exactly_or_dupes("groupby", lambda: it.groupby(iter(range(N)), key=lambda x: x // 10), N)

# groupby groups consumed from several threads
g = it.groupby(iter(range(N)), key=lambda x: x // 100)
items, errors = drain(it.chain.from_iterable(map(operator.itemgetter(1), g)))
print("groupby groups", len(items) == len(set(items)), set(items) <= universe, errors)

# tee: one branch per thread, each sees the whole sequence in order
branches = it.tee(iter(range(N)), 4)
results = [None] * 4


def consume(k):
    results[k] = list(branches[k])


ths = [threading.Thread(target=consume, args=(k,)) for k in range(4)]
for th in ths:
    th.start()
for th in ths:
    th.join()
print("tee branches", [r == list(range(N)) for r in results])

# one tee branch shared by threads: items at most once
a, b = it.tee(iter(range(N)))
items, errors = drain(a)
print("shared tee branch", len(items) == len(set(items)), set(items) <= universe, errors)
print("other branch intact", list(b) == list(range(N)))
