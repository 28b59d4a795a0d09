import pprint, reprlib
from collections import OrderedDict, defaultdict, Counter, deque
data = {"name": "ftpy", "tags": ["fast", "free-threaded", "python"] * 4, "nested": {"a": list(range(30)), "b": {"c": (1, 2, 3), "d": "x" * 70}},
        "set": set(range(25)), "t": (1,), "empty": [], "long": "word " * 40}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(list(range(40)), compact=True)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
pprint.pp({"z": 1, "a": [1, 2]})
pprint.pprint(OrderedDict((str(i), i) for i in range(12)))
pprint.pprint(defaultdict(list, {"k" * 30: [1] * 20}))
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog " * 3))
pprint.pprint(deque(range(40), maxlen=50))
l = [1, 2]; l.append(l); print(pprint.saferepr(l).split(" with")[0], pprint.isrecursive(l), pprint.isreadable([1, "a"]))
print(reprlib.repr(list(range(100))), reprlib.repr("a" * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(20))))
