# Decoder hooks: object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, cls=.
import json
from collections import OrderedDict
from decimal import Decimal

doc = '{"b": 1, "a": [1.5, 2, {"c": 3}], "d": {}, "e": NaN, "f": -Infinity, "g": 10000000000000000000000}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda p: p))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=len, object_pairs_hook=tuple))  # pairs hook wins
print(json.loads(doc, parse_float=Decimal))
print(json.loads(doc, parse_int=float))
print(json.loads(doc, parse_int=lambda s: "int:" + s, parse_float=lambda s: "float:" + s))
print(json.loads(doc, parse_constant=lambda s: "const:" + s))
print(json.loads("[1.0e5, 2E-1, 3, -0]", parse_float=str, parse_int=str))
print(json.loads("[NaN, Infinity, -Infinity]"))
for bad in ["[NaN]", "[Infinity]", "[-Infinity]"]:
    try:
        json.loads(bad, parse_constant=lambda s: 1 / 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)


def reject(name):
    raise ValueError("Out of range float values are not JSON compliant: " + name)


try:
    json.loads("[1, NaN]", parse_constant=reject)
except ValueError as e:
    print("ValueError", e)

# hook exceptions propagate unchanged
for kw in [{"object_hook": lambda d: d["missing"]}, {"object_pairs_hook": lambda p: p[5]},
           {"parse_int": lambda s: int("x" + s)}, {"parse_float": lambda s: None + 1}]:
    try:
        json.loads('[{"a": 1.5, "b": 2}]', **kw)
    except Exception as e:
        print(type(e).__name__, e)


class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))
print(json.loads('{"a": 1.5}', cls=MyDecoder, parse_float=lambda s: s))
print(MyDecoder().decode(' {"z": [] } '))
print(MyDecoder().raw_decode('{"q": 1} rest'))
try:
    json.loads("[1]", cls=MyDecoder, bogus=2)
except TypeError as e:
    print("TypeError", e)

# json.load passes hooks too
import io
print(json.load(io.StringIO('{"x": 1, "y": 2}'), object_pairs_hook=list))

# the decoder object is reusable and its scanner honours the hooks
dec = json.JSONDecoder(object_pairs_hook=lambda p: dict(reversed(p)), parse_int=lambda s: int(s) * 10)
for d in ['{"a": 1, "b": 2}', '[1, {"c": 3}]']:
    print(dec.decode(d))
print(dec.scan_once('[7]', 0))
print(dec.strict, dec.parse_float is float, dec.memo)
