# ast.unparse of expressions: precedence, spacing, literals
import ast

EXPRS = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 4", "(2 ** 3) ** 4", "-2 ** 2", "(-2) ** 2", "2 ** -1",
    "not a == b", "(not a) == b", "a and (b or c)", "(a and b) or c", "a or b or c and d",
    "a if b else (c if d else e)", "(a if b else c) if d else e", "lambda x: (yield)",
    "x.y.z", "(1).real", "1 .real", "1.0.real", "(a + b).c", "f(a)(b)[c]", "(a, b)[0]",
    "x[1:2]", "x[1:2, ::3]", "x[a:b:c]", "x[:, None]", "x[(1, 2)]", "x[()]", "x[*a]",
    "(x := y + 1)", "f(x := 1)", "[y := 1, y]", "a < b < c", "a == (b < c)", "(a < b) < c",
    "-(-x)", "+-~x", "~(a + b)", "not -x", "-(not x)", "a - (b - c)", "a / (b * c)", "a * (b / c)",
    "a | b & c", "(a | b) & c", "a ^ b | c", "a << (b + c)", "await x", "(await x).y", "x ** await y",
    "[*a, *b]", "{**a, **b}", "{**{'a': 1}}", "f(*a, *b, **c, d=1)", "f(a for a in b)", "f((a for a in b), c)",
    "[x for x in (a, b) if x if not x]", "{x: y for x, y in z}", "[x async for x in y]",
    "[(a, b) for a, b in c]", "[x for x in lambda: y]", "[x for x in (lambda: y)]",
    "(yield x)", "(yield from x)", "lambda: (yield)", "lambda *a, **k: 0", "lambda a, /, b, *, c=1: 0",
    "1e400", "-1e400", "1e400j", "1j", "0.1", "1_000", "0xff", "'x'", '"x"', "'a\"b'", "'a\\'b\"c'",
    "b'\\x00\\xff'", "u'text'", "...", "None", "True", "(1,)", "()", "{*()}", "set()", "{1}",
    "'\\n\\t\\x01'", "'''a\nb'''", "r'\\d'",
    "a if b else c", "(lambda: x) if y else z", "a, b", "(a, b), c", "f(a, b=(c, d))",
    "x[a, b]", "x[(a, b),]", "print(*(1, 2))", "not (a and b)", "(a or b) and c",
    "a is not b is c", "a not in b", "-1 if x else +1", "[i for i in range(3)][::-1]",
]
for s in EXPRS:
    try:
        t = ast.parse(s, mode='eval')
        out = ast.unparse(t)
        again = ast.dump(ast.parse(out, mode='eval')) == ast.dump(t)
        print(repr(s), '->', repr(out), again)
    except SyntaxError as e:
        print(repr(s), 'SyntaxError', e.msg)
# nodes that are not parsed
print(ast.unparse(ast.Constant((1, 2, 'a'))))
print(ast.unparse(ast.Constant((1,))))
print(ast.unparse(ast.Constant(float('nan'))))
print(ast.unparse(ast.Constant(complex(0, float('inf')))))
print(ast.unparse(ast.Set([])))
print(ast.unparse(ast.Tuple([], ast.Load())))
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name('a'), ast.Add(), ast.Name('b')), ast.Mult(), ast.Name('c'))))
print(ast.unparse(ast.UnaryOp(ast.Not(), ast.BoolOp(ast.And(), [ast.Name('a'), ast.Name('b')]))))
print(ast.unparse(ast.Name('x')), ast.unparse(ast.arg('a', ast.Name('int'))), ast.unparse(ast.keyword(None, ast.Name('k'))))
print(ast.unparse(ast.alias('a', 'b')), ast.unparse(ast.withitem(ast.Name('a'), ast.Name('b'))))
print(ast.unparse(ast.parse('a; b; c')))
try:
    ast.unparse(ast.YieldFrom())
except (ValueError, AttributeError) as e:
    print(type(e).__name__)
try:
    ast.unparse(ast.YieldFrom(None))
except ValueError as e:
    print('ValueError', e)
try:
    ast.unparse(ast.Raise(cause=ast.Name('c')))
except ValueError as e:
    print('ValueError', e)
