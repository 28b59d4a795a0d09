# dumps options: indent (int/str/0/negative), separators, sort_keys, skipkeys, ensure_ascii, dump/load with files.
import io
import json

data = {"name": "caf\u00e9", "list": [1, 2, {"x": None, "y": [True, False]}], "empty": [],
        "emptyd": {}, "num": 1.25, "t": (1, "two")}
for kw in [{}, {"indent": 2}, {"indent": 0}, {"indent": -1}, {"indent": "\t"}, {"indent": "ab"},
           {"indent": ""}, {"separators": (",", ":")}, {"separators": (" ,", " : ")},
           {"indent": 3, "separators": (",", ": ")}, {"sort_keys": True}, {"sort_keys": True, "indent": 1},
           {"ensure_ascii": False}, {"ensure_ascii": False, "indent": 2, "sort_keys": True},
           {"check_circular": False}, {"allow_nan": False}]:
    print(kw)
    print(json.dumps(data, **kw))

print(json.dumps([[], {}, [[]], [{}]], indent=2))
print(json.dumps({"a": [1, [2, [3]]]}, indent=4, sort_keys=True))
print(json.dumps("x", indent=2), json.dumps(5, indent=2), json.dumps(None, indent=2))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=1))
print(json.dumps({"a": 1, (1,): 2, "b": 3}, skipkeys=True))
print(json.dumps({(1,): 2, "b": 3}, skipkeys=True, indent=2))
print(json.dumps({(1,): 2}, skipkeys=True))
print(json.dumps(["\u00e9\u20ac\U0001f600\x7f\x00"], ensure_ascii=False))
print(json.dumps(["\u00e9\u20ac\U0001f600\x7f\x00"]))
print(json.dumps({"\u00e9": "\u00e9"}, ensure_ascii=False))

# dump/load through files
buf = io.StringIO()
json.dump(data, buf)
print(buf.getvalue())
buf = io.StringIO()
json.dump(data, buf, indent=1, sort_keys=True)
print(buf.getvalue())
print(json.load(io.StringIO(buf.getvalue())) == json.loads(json.dumps(data)))
print(json.load(io.BytesIO(b'{"a": [1, 2]}')))

# JSONEncoder attributes and iterencode chunks (pure-Python generator)
enc = json.JSONEncoder(indent=2, sort_keys=True)
print(enc.item_separator, repr(enc.key_separator), enc.indent, enc.sort_keys)
print(list(json.JSONEncoder().iterencode({"a": [1, 2], "b": "x"})))
print(list(json.JSONEncoder(indent=1).iterencode([1, {"a": 2}])))
print("".join(json.JSONEncoder(sort_keys=True, indent="..").iterencode({"b": [1], "a": {}})))
print(json.JSONEncoder().encode("\u00e9"), json.JSONEncoder(ensure_ascii=False).encode("\u00e9"))
print(json.JSONEncoder(separators=(";", "=")).encode({"a": [1, 2]}))
