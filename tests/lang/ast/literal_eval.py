# ast.literal_eval: accepted literals and rejected expressions
import ast

GOOD = [
    "1", "-1", "+1", "1.5", "-1.5e3", "1j", "1+2j", "-1-2j", "3-1j", "'s'", "b'b'", "u'u'",
    "None", "True", "False", "...", "()", "(1,)", "(1, 2)", "[1, [2, 3]]", "{1, 2}", "set()",
    "{}", "{'a': 1, 'b': [2]}", "  1", "\t[1]", "'a' 'b'", "0x10", "1_000", "(((1)))",
    "{1: {2: 3}}", "-0.0",
]
for s in GOOD:
    v = ast.literal_eval(s)
    print(repr(s), '->', repr(v), type(v).__name__)

BAD = [
    "x", "1 + x", "f()", "set([1])", "[x for x in y]", "1 * 2", "-'s'", "1 + 2", "(1+2j) + 3",
    "{**a}", "a.b", "lambda: 1", "not 1", "~1", "1 < 2", "-(1)+(-1)", "1j + 1", "'a' + 'b'",
    "{1: 2, **x}", "f'{x}'", "[*a]",
]
for s in BAD:
    try:
        ast.literal_eval(s)
        print(repr(s), 'accepted?')
    except ValueError as e:
        print(repr(s), 'ValueError', str(e).split(': <')[0])
    except Exception as e:
        print(repr(s), type(e).__name__)

for s in ["1 +", "(", " 1\n 2", "x = 1"]:
    try:
        ast.literal_eval(s)
    except SyntaxError as e:
        print(repr(s), 'SyntaxError', e.msg)
    except ValueError as e:
        print(repr(s), 'ValueError', str(e).split(': <')[0])

# nodes
print(ast.literal_eval(ast.parse("[1, (2, 3)]", mode="eval")))
print(ast.literal_eval(ast.parse("{'k': -5}", mode="eval").body))
print(ast.literal_eval(ast.Constant(value=7)))
print(ast.literal_eval(ast.Tuple([ast.Constant(1), ast.List([], ast.Load())], ast.Load())))
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print('ValueError', str(e).split(': <')[0])
try:
    ast.literal_eval(ast.Name('x', ast.Load(), lineno=3, col_offset=0))
except ValueError as e:
    print('ValueError', str(e).split(': <')[0])
try:
    ast.literal_eval(5)
except ValueError as e:
    print('ValueError', str(e).split(': ')[0])
