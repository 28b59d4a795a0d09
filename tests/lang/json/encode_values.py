# json.dumps of scalars and containers: ints, big ints, floats (repr), strings.
import json

vals = [
    0, 1, -1, 2**62, 2**63, -2**63 - 1, 10**30, -(10**40), True, False, None,
    0.0, -0.0, 1.5, 0.1, 1e16, 1e22, 1e-7, 123456789.123, 1/3, 2.5e-300, 1.7976931348623157e308,
    5e-324, float("inf"), float("-inf"), float("nan"),
    "", "abc", "a\"b", "back\\slash", "\b\f\n\r\t", "\x00\x01\x1f\x7f", "caf\u00e9",
    "\u20ac", "\U0001f600", "\ud800", "\udfff", "\ud83d\ude00", "/",
    [], (), {}, [1, [2, [3, []]]], (1, (2,)), {"a": {"b": {}}}, [None, True, False],
    {"x": 1.0, "y": [1, 2], "z": (3,)},
]
for v in vals:
    print(repr(v), "->", json.dumps(v), json.dumps(v, ensure_ascii=False))

# dict keys of every accepted type
d = {"s": 1, 2: 2, 3.5: 3, True: 4, False: 5, None: 6, 10**20: 7, -0.0: 8, float("inf"): 9,
     float("-inf"): 10, float("nan"): 11}
print(json.dumps(d))
print(json.dumps({1: "a", True: "b"}))
print(json.dumps({0.1: 0, 1e100: 1}))
try:
    json.dumps({float("nan"): 1}, allow_nan=False)
except ValueError as e:
    print("ValueError", e)

# round trips
for v in [[1, 2.5, "x", None], {"k": [True, {"n": -3}]}, "\u00e9\U0001f600", 10**50, -1e-10]:
    s = json.dumps(v)
    print(s, json.loads(s) == v)
print(json.loads(json.dumps("\ud800\udc00 \ud800")) == "\ud800\udc00 \ud800")
print(json.dumps("\ud800\udc00"), json.dumps("\U00010000"))

# big containers
big = list(range(1000))
print(len(json.dumps(big)), json.loads(json.dumps(big)) == big)
bd = {str(i): i for i in range(500)}
print(json.loads(json.dumps(bd)) == bd)
