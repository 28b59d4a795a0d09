# groupby: keys, groups, invalidation of a group when the outer iterator
# advances, key function call counts, errors
import itertools as it


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


t("basic", lambda: [(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
t("keys", lambda: [k for k, g in it.groupby("AAAABBBCCD")])
t("key func", lambda: [(k, list(g)) for k, g in it.groupby(range(10), key=lambda x: x // 3)])
t("key None", lambda: [(k, list(g)) for k, g in it.groupby([1, 1, 2], None)])
t("empty", lambda: list(it.groupby([])))
t("single", lambda: [(k, list(g)) for k, g in it.groupby([5])])
t("kw", lambda: [k for k, g in it.groupby(iterable="aab", key=str.upper)])
t("eq 1 1.0 True", lambda: [(k, list(g)) for k, g in it.groupby([1, 1.0, True, 2])])

# invalidation: groups obtained earlier are empty once the outer iterator advances
groups = list(it.groupby("AABBBC"))
t("stale groups", lambda: [(k, list(g)) for k, g in groups])
g = it.groupby("AABBC")
k1, g1 = next(g)
t("g1 first", lambda: next(g1))
k2, g2 = next(g)
t("g1 after advance", lambda: list(g1))
t("g2", lambda: (k2, list(g2)))
t("g2 again", lambda: list(g2))
k3, g3 = next(g)
t("g3", lambda: (k3, list(g3)))
t("outer exhausted", lambda: list(g))
g = it.groupby("AAB")
k, grp = next(g)
t("partial consume then next", lambda: (next(grp), next(g)[0], list(grp)))

calls = []


def key(x):
    calls.append(x)
    return x // 2


g = it.groupby(range(6), key)
t("first key calls", lambda: (next(g)[0], calls[:]))
t("second", lambda: (next(g)[0], calls[:]))
t("all", lambda: ([k for k, _ in g], calls[:]))


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if self.v == "bad" or other.v == "bad":
            raise RuntimeError("eq failed")
        return self.v == other.v

    __hash__ = None


t("eq error", lambda: [k.v for k, g in it.groupby([Key(1), Key("bad")])])
t("key error", lambda: list(it.groupby([1, 0], key=lambda x: 1 / x)))
t("groupby()", lambda: it.groupby())
t("groupby(1)", lambda: it.groupby(1))
t("groupby bad kw", lambda: it.groupby([1], foo=1))
t("groupby 3 args", lambda: it.groupby([1], None, 1))
t("key not callable", lambda: next(it.groupby([1], 5)))
g = it.groupby([1, 1, 2])
k, grp = next(g)
t("grouper type", lambda: type(grp).__name__)
t("groupby type", lambda: type(g).__name__)
t("grouper iter is self", lambda: iter(grp) is grp)
t("nested consumption", lambda: [(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))])


class G(it.groupby):
    pass


t("subclass", lambda: [k for k, _ in G("aabbc")])
