# json.loads of every kind of value: numbers, big ints, floats, strings, nesting.
import json, sys

cases = [
    "0", "-0", "1", "-1", "123456789", "9223372036854775807", "9223372036854775808",
    "-9223372036854775809", "123456789012345678901234567890", "1.5", "-0.0", "0.1", "1e5", "1E5",
    "1e-5", "1.5e+10", "-2.5E-3", "1e400", "-1e400", "1e-400", "3.141592653589793",
    "0.30000000000000004", "12345678901234567890.5", "NaN", "Infinity", "-Infinity",
    "true", "false", "null", "\"\"", "\"abc\"", "\"a\\\"b\\\\c\\/d\"", "\"\\b\\f\\n\\r\\t\"",
    "\"\\u0041\\u00e9\\u20ac\"", "\"\\ud834\\udd1e\"", "\"\\uD834\\uDD1E\"", "\"\\ud800\"",
    "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"\\ud800x\"", "\"\\ud800\\ud800\"", "\"\\udc00\\ud800\"",
    "\"caf\u00e9 \u20ac \U0001f600\"", "[]", "{}", "[[]]", "[{}]", "{\"a\": []}",
    " [ 1 , 2 , 3 ] ", "\t\n\r [1]\n", "{\"a\": 1, \"a\": 2}", "{\"b\": 1, \"a\": 2, \"b\": 3}",
    "[1, \"two\", 3.0, true, false, null, [4], {\"5\": 6}]",
    "{\"\u00e9\": {\"\U0001f600\": [\"\u20ac\", 1.25]}}", "[-0, -0.0, 0e0, 0E+0, 0.0e-0]",
]
for c in cases:
    try:
        v = json.loads(c)
        print(repr(c), "->", repr(v), type(v).__name__)
    except Exception as e:
        print(repr(c), type(e).__name__, e)

# int digit limit applies as int() does
try:
    json.loads("1" * 5000)
except ValueError as e:
    print("ValueError", e)
print(len(str(json.loads("7" * 4300))))
old = sys.get_int_max_str_digits()
sys.set_int_max_str_digits(0)
print(json.loads("8" * 6000) % 1000)
sys.set_int_max_str_digits(old)

# strings with control characters need strict=False
for s in ["\"a\tb\"", "[\"x\ny\"]", "{\"k\x01\": \"\x1f\"}"]:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
    print(repr(json.loads(s, strict=False)))

# same key strings are shared (memo)
r = json.loads("[{\"key\": 1}, {\"key\": 2}]")
print(list(r[0])[0] is list(r[1])[0])

# deep but acceptable nesting
n = 5000
print(json.loads("[" * n + "]" * n) is not None)
v = json.loads("{\"a\":" * n + "1" + "}" * n)
d = 0
while isinstance(v, dict):
    v = v["a"]
    d += 1
print(d, v)
for doc in ["[" * 100000 + "]" * 100000, "{\"a\":" * 100000 + "1" + "}" * 100000, "[" * 200000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print("RecursionError", e)
