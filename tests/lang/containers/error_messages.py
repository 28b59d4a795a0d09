def t(src):
    try:
        r = eval(src)
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
for src in [
    "[1][1]", "[][0]", "[1][-2]", "[1]['a']", "[1][1.0]", "[1][None]", "[1][2**100]",
    "(1,)[1]", "(1,)['a']", "()[0]", "{}[1]", "{}[(1, 2)]", "{}[()]", "{}[[]]", "{}[{}]",
    "{1: 2}.pop(3)", "{}.popitem()", "set().pop()", "{1}.remove(2)", "frozenset().pop()",
    "[].pop()", "[1].pop(3)", "[].remove(1)", "[1, 2].index(3)", "(1,).index(2)", "range(3).index(5)", "range(3).index('a')",
    "[1, 2] + 3", "[1] + 'a'", "(1,) + 'a'", "[1] * 'a'", "(1,) * [1]", "'a' * [1]", "[1] * 1.5", "[1] * (2**100)", "[1] - [1]", "(1,) - (1,)",
    "{1} + {2}", "{1} | [2]", "{1} & 3", "{1} - 'a'", "{1} ^ None", "{1: 2} | [1]", "{1: 2} + {3: 4}", "{1} < [1]", "[1] < {1}", "{1} < 3", "{1: 2} < {1: 2}",
    "[1] < (1,)", "(1,) < [1]", "range(1) < range(2)", "slice(1) < 3", "[] < None",
    "hash([])", "hash({})", "hash(set())", "hash({}.keys())", "hash({}.items())", "hash(slice([], 1))", "hash((1, {}))",
    "list(1)", "tuple(1)", "set(1)", "frozenset(1)", "dict(1)", "dict([1])", "dict([(1, 2, 3)])", "dict(['ab', 'cde'])", "dict([[1, 2], 3])",
    "list(1, 2)", "tuple(1, 2)", "set(1, 2)", "frozenset(1, 2)", "dict(1, 2)", "list(x=1)", "tuple(x=1)", "set(x=1)", "frozenset(x=1)",
    "range()", "range(1, 2, 3, 4)", "range(0.5)", "range('a')", "range(1, 2, 0)", "range(1)[5]", "range(1)[-2]", "range(1)['x']", "range(1)[::0]",
    "slice()", "slice(1, 2, 3, 4)", "slice(1)[0]", "slice(1, 2, 0).indices(1)", "slice(1).indices(-1)", "slice(1).indices('a')", "[1][::0]", "[1]['a':]", "(1,)[:'b']",
    "iter(1)", "iter(None)", "next([])", "reversed(1)", "reversed({1})", "reversed(iter([]))", "enumerate(1)", "enumerate([], 'a')", "enumerate([], 1.5)",
    "zip(1)", "zip([], 1)", "map(len)", "map(len, 1)", "filter(len)", "filter(len, 1)", "sorted(1)", "sorted([1, 'a'])", "sorted([], 1)", "min([])", "max([])",
    "{}.get()", "{}.setdefault()", "{}.pop()", "{}.update(1)", "{}.update([1])", "{}.fromkeys()", "{}.keys(1)", "{}.copy(1)",
    "[].append()", "[].extend()", "[].extend(1)", "[].insert(1)", "[].index()", "[].count()", "[].sort(1)", "[].sort(key=1, x=2)", "[].copy(1)", "[].reverse(1)",
    "set().add()", "set().union(1)", "set().update(1)", "set().issubset(1)", "set().isdisjoint(1)", "{1}.difference(1)", "set().intersection(1)",
    "list.append(1, 2)", "list.append([], 1, 2)", "dict.fromkeys(1)", "len(iter([]))", "[1, 2, 3].index(1, 'a')", "(1,).index(1, None)",
]:
    t(src)
