# product, permutations, combinations, combinations_with_replacement: values,
# counts against formulas, edge sizes, argument errors, huge sizes
import itertools as it
from math import comb, perm, factorial


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


t("product ab x 01", lambda: list(it.product("ab", [0, 1])))
t("product repeat 2", lambda: list(it.product("ab", repeat=2)))
t("product 2 pools repeat 2", lambda: len(list(it.product("ab", "xyz", repeat=2))))
t("product none", lambda: list(it.product()))
t("product repeat 0", lambda: list(it.product("abc", repeat=0)))
t("product empty pool", lambda: list(it.product("ab", [])))
t("product single", lambda: list(it.product(range(3))))
t("product gen pools", lambda: list(it.product((i for i in range(2)), iter("xy"))))
t("product count", lambda: sum(1 for _ in it.product(range(4), range(5), range(6))))
t("product repeat -1", lambda: it.product([1], repeat=-1))
t("product repeat 'a'", lambda: it.product([1], repeat="a"))
t("product bad kw", lambda: it.product([1], foo=1))
t("product(1)", lambda: it.product(1))
t("product overflow", lambda: it.product([1, 2], repeat=2 ** 62))
t("product repeat 2**70", lambda: it.product([1], repeat=2 ** 70))
t("product zero pools huge repeat", lambda: list(it.product(repeat=2 ** 62)))
p = it.product("ab", repeat=2)
t("product results independent", lambda: [next(p), next(p), next(p)])

t("perm", lambda: list(it.permutations("abc")))
t("perm r=2", lambda: list(it.permutations(range(3), 2)))
t("perm r=0", lambda: list(it.permutations("abc", 0)))
t("perm r>n", lambda: list(it.permutations("ab", 3)))
t("perm empty", lambda: list(it.permutations([])))
t("perm empty r=1", lambda: list(it.permutations([], 1)))
t("perm r=None", lambda: list(it.permutations("ab", None)))
t("perm r=True", lambda: list(it.permutations("ab", True)))
t("perm kw", lambda: list(it.permutations(iterable="ab", r=1)))
for n in range(6):
    for r in range(7):
        got = list(it.permutations(range(n), r))
        ok = len(got) == perm(n, r) and len(set(got)) == len(got) and got == sorted(got)
        if not ok:
            print("perm mismatch", n, r)
print("perm counts checked")
t("perm r=-1", lambda: it.permutations([1], -1))
t("perm r='a'", lambda: it.permutations([1], "a"))
t("perm r=1.0", lambda: it.permutations([1], 1.0))
t("perm r=2**70", lambda: it.permutations([1], 2 ** 70))
t("perm(1)", lambda: it.permutations(1))
t("perm()", lambda: it.permutations())

t("comb", lambda: list(it.combinations("abcd", 2)))
t("comb r=0", lambda: list(it.combinations("abc", 0)))
t("comb r=n", lambda: list(it.combinations("abc", 3)))
t("comb r>n", lambda: list(it.combinations("abc", 4)))
t("comb empty r=0", lambda: list(it.combinations([], 0)))
for n in range(7):
    for r in range(8):
        got = list(it.combinations(range(n), r))
        ok = len(got) == comb(n, r) and all(list(c) == sorted(set(c)) for c in got) and got == sorted(got)
        if not ok:
            print("comb mismatch", n, r)
print("comb counts checked")
t("comb r=-1", lambda: it.combinations([1], -1))
t("comb r missing", lambda: it.combinations([1]))
t("comb r='a'", lambda: it.combinations([1], "a"))
t("comb r=2**70", lambda: it.combinations([1], 2 ** 70))
t("comb r=2**62", lambda: it.combinations([1, 2], 2 ** 62))
t("comb(1, 1)", lambda: it.combinations(1, 1))

t("cwr", lambda: list(it.combinations_with_replacement("abc", 2)))
t("cwr r=0", lambda: list(it.combinations_with_replacement("abc", 0)))
t("cwr empty r=0", lambda: list(it.combinations_with_replacement([], 0)))
t("cwr empty r=2", lambda: list(it.combinations_with_replacement([], 2)))
t("cwr r>n", lambda: len(list(it.combinations_with_replacement("ab", 4))))
for n in range(6):
    for r in range(6):
        got = list(it.combinations_with_replacement(range(n), r))
        want = comb(n + r - 1, r) if n else (1 if r == 0 else 0)
        if len(got) != want or got != sorted(got) or any(list(c) != sorted(c) for c in got):
            print("cwr mismatch", n, r)
print("cwr counts checked")
t("cwr r=-1", lambda: it.combinations_with_replacement([1], -1))
t("cwr r=2**62", lambda: it.combinations_with_replacement([1, 2], 2 ** 62))
t("cwr kw", lambda: list(it.combinations_with_replacement(iterable="ab", r=2)))
t("pool consumed eagerly", lambda: list(it.combinations(iter([3, 1, 2]), 2)))
t("types", lambda: [type(x).__name__ for x in (it.product(), it.permutations([]), it.combinations([], 1),
                                                it.combinations_with_replacement([], 1))])
t("big product slice", lambda: list(it.islice(it.product(range(50), repeat=3), 99998, 100000)))
t("perm of 10 count", lambda: sum(1 for _ in it.permutations(range(9))) == factorial(9))
