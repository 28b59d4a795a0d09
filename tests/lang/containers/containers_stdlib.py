import json, copy, pprint, dataclasses, heapq, bisect, itertools, functools, operator
d = {'b': [1, 2, {'c': (3, 4)}], 'a': None, 'z': {'y': True}}
s = json.dumps(d, sort_keys=True)
print(s, json.loads(s) == {'b': [1, 2, {'c': [3, 4]}], 'a': None, 'z': {'y': True}})
print(json.dumps([1, 2.5, "x", {"k": []}], indent=1))
dc = copy.deepcopy(d)
dc['b'][2]['c'] = 0
print(d['b'][2], dc['b'][2], copy.copy([1, [2]]), copy.deepcopy({1: {2}}))
r = [1]; r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc)
pprint.pprint({'k%d' % i: list(range(i)) for i in range(6)}, width=40)
@dataclasses.dataclass(frozen=True)
class P:
    x: int
    y: list = dataclasses.field(default_factory=list)
print(P(1), dataclasses.asdict(P(2, [3])), P(1) == P(1))
h = [5, 1, 4, 2]
heapq.heapify(h); print([heapq.heappop(h) for _ in range(4)])
print(bisect.bisect([1, 3, 5], 4), list(itertools.chain([1], (2,), {3})), list(itertools.islice(itertools.count(), 3)))
print(sorted([(1, 'b'), (0, 'a')], key=operator.itemgetter(1)), functools.reduce(operator.add, [[1], [2]]))
print(list(itertools.groupby('aabbc')) and [(k, len(list(g))) for k, g in itertools.groupby('aabbc')])
print(list(itertools.product('ab', repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:3], list(itertools.combinations('abc', 2)))
