keys = ["", "a", "é", "日本", "😀", "a" * 100, "é" * 50, "\ud800", "key1", "KEY1"]
d = {}
for i, k in enumerate(keys):
    d[k] = i
for k in keys:
    print(ascii(k[:10]), d[k], k in d, (k + "") in d, ("" + k) in d)
built = {"".join(["k", "e", "y", "1"]): "joined", "é".upper().lower() + "": "ee"}
print(built["key1"], built["é"], len({"a", "a" + "", "a"[:1]}), {"日本"[0:1]: 1} == {"日": 1})
s = set("hello world")
print(len(s), "h" in s, "z" in s)
print(hash("abc") == hash("".join(["a", "b", "c"])), hash("é") == hash("\u00e9"), hash("é") == hash("e\u0301"))
import sys
print(sys.intern("dyn" + str(123)) is sys.intern("dyn123"))
try:
    sys.intern(1)
except TypeError as e:
    print(e)
class K(str):
    pass
print(d.get(K("key1")), {K("x"): 1}.get("x"))
