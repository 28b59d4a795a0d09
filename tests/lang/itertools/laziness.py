# every tool consumes its input only as needed
import itertools as it
import operator

log = []


def src(name, n=4):
    for i in range(n):
        log.append("%s%d" % (name, i))
        yield i


def show(label, make, steps):
    log.clear()
    obj = make()
    out = []
    try:
        for _ in range(steps):
            v = next(obj)
            out.append(v[0] if type(v) is tuple and len(v) == 2 and type(v[1]).__name__ == "_grouper" else v)
    except StopIteration:
        out.append("stop")
    except Exception as e:
        out.append("%s %s" % (type(e).__name__, e))
    print(label, "made+%d" % steps, out, log[:])


show("accumulate", lambda: it.accumulate(src("a")), 2)
show("batched", lambda: it.batched(src("a", 5), 2), 1)
show("chain", lambda: it.chain(src("a", 2), src("b", 2)), 3)
show("compress", lambda: it.compress(src("d"), src("s")), 1)
show("cycle", lambda: it.cycle(src("a", 2)), 3)
show("dropwhile", lambda: it.dropwhile(lambda x: x < 2, src("a")), 1)
show("filterfalse", lambda: it.filterfalse(lambda x: x % 2 == 0, src("a")), 1)
show("groupby", lambda: it.groupby(src("a"), key=lambda x: x // 2), 1)
show("islice", lambda: it.islice(src("a"), 1, None, 2), 1)
show("pairwise", lambda: it.pairwise(src("a")), 1)
show("starmap", lambda: it.starmap(operator.neg, ((x,) for x in src("a"))), 2)
show("takewhile", lambda: it.takewhile(lambda x: x < 1, src("a")), 2)
show("zip_longest", lambda: it.zip_longest(src("a", 1), src("b", 3)), 2)
show("tee", lambda: it.tee(src("a"))[0], 2)
show("product eager pools", lambda: it.product(src("a", 2), src("b", 2)), 0)
show("combinations eager pool", lambda: it.combinations(src("a", 3), 2), 1)
show("permutations eager pool", lambda: it.permutations(src("a", 3)), 0)
show("cwr eager pool", lambda: it.combinations_with_replacement(src("a", 2), 2), 0)
show("count", lambda: it.count(5), 2)
show("repeat", lambda: it.repeat("r", 1), 2)
log.clear()
made = [it.accumulate(src("a")), it.batched(src("b"), 2), it.chain(src("c")), it.cycle(src("d")),
        it.dropwhile(bool, src("e")), it.groupby(src("f")), it.islice(src("g"), 3), it.pairwise(src("h")),
        it.takewhile(bool, src("i")), it.zip_longest(src("j")), it.tee(src("k"))]
print("construction consumes nothing", log)
