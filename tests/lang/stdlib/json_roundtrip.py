import json
data = {"name": "ftpy", "version": [3, 13], "free": True, "gil": None, "pi": 3.14159, "big": 10**20,
        "nested": {"a": [1, 2, {"b": "c\n\"q\""}]}, "uni": "caf\u00e9 \U0001F600", "e": 1e-7, "f": 1.0}
s = json.dumps(data); print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.loads(s) == data, json.loads('{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00"]}'))
print(json.dumps([1, (2, 3)]), json.dumps("x"), json.dumps(float("inf")), json.loads("NaN"))
for bad in ['', '{', '{"a" 1}', '[1,]', '[1 2]', '{"a": 1,}', '"abc', 'tru', '{1: 2}', '[1] x', '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
print(json.dumps({"s": {1, 2}}, default=sorted), json.loads('{"a":1}', object_hook=lambda d: sorted(d)))
print(json.dumps({1: "a", True: "b", None: "c", 2.5: "d"}), json.loads("  [1]  "), json.loads(b'{"b": 1}'))
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
