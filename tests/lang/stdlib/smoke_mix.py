from collections import Counter, defaultdict, OrderedDict, namedtuple, deque, ChainMap
from dataclasses import dataclass, field, asdict
from enum import Enum, Flag, auto, IntEnum
from typing import NamedTuple, Optional
import itertools, functools, json, re, textwrap, string, operator, math, random, heapq, bisect

text = "the quick brown fox jumps over the lazy dog the fox"
c = Counter(text.split())
print(c.most_common(3), c["the"], sum(c.values()))
dd = defaultdict(list)
for w in text.split():
    dd[len(w)].append(w)
print(dict(sorted(dd.items())))
P = namedtuple("P", "x y", defaults=[0])
print(P(1), P(1, 2)._asdict(), P._fields, P(3)._replace(y=9))
@dataclass(order=True, frozen=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: tuple = ()
items = sorted([Item(3.5, "b"), Item(1.25, "a"), Item(2.0, "c", ("x",))])
print(items, asdict(items[0]))
class Color(Enum):
    RED = auto(); GREEN = auto()
class Perm(Flag):
    R = 4; W = 2; X = 1
print(Color.RED, Color(2), list(Color), Perm.R | Perm.W, (Perm.R | Perm.W).value, Perm(7))
class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return math.hypot(self.x, self.y)
print(Pt(3, 4).norm(), Pt(1))
print(list(itertools.permutations("abc", 2))[:4], list(itertools.accumulate([1,2,3,4], operator.mul)))
print(list(itertools.groupby(sorted("aabbbc"))) and [(k, len(list(g))) for k, g in itertools.groupby("aabbbc")])
print(functools.reduce(lambda a, b: a * b, range(1, 10)), functools.lru_cache(maxsize=None)(lambda n: n)(5))
print(json.dumps({"b": [1, 2.5, None, True], "a": {"x": "é"}}, indent=2, sort_keys=True))
print(json.loads('{"a": [1, 2, {"b": null}], "c": 1e5}'))
print(re.sub(r"(\w+)@(\w+)\.com", lambda m: m.group(2).upper() + "!" + m.group(1), "mail bob@example.com now"))
print(re.findall(r"\b\w{5}\b", text), re.split(r"\s+", " a  b c "))
print(textwrap.fill(text, width=20))
print(string.Template("$who likes $what").substitute(who="tim", what="kung pao"))
random.seed(42)
print(random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 5), round(random.random(), 6))
h = [5, 1, 8, 3]; heapq.heapify(h); print(heapq.nsmallest(2, h), heapq.heappop(h))
print(bisect.bisect_left([1, 3, 5, 7], 5), f"{math.pi:10.4f}|{12345678:,}|{0.5:%}|{255:#x}|{'s':^7}|")
print(ChainMap({"a": 1}, {"a": 2, "b": 3})["b"], OrderedDict(a=1, b=2).popitem(last=False))
d = deque(range(5), maxlen=3); d.appendleft(9); print(d, d.maxlen)
print(sorted(["banana", "Apple", "cherry"], key=str.lower), max("abc", key=ord), min([], default="empty"))
print(f"{'nested {braces}'!r:>20}", "%5.2f %s %r %%" % (3.14159, "x", "y"))
