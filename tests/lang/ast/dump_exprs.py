# ast.dump of many expression forms (default options)
import ast

SRCS = [
    "1", "-1", "1.5", "1j", "'s'", "b'b'", "u'x'", "None", "True", "...",
    "x", "x.y", "x[1]", "x[1:2]", "x[::3]", "x[a, b:c]", "x[()]",
    "a + b * c", "a ** -b", "not a", "~a", "+a", "a and b or c", "a if b else c",
    "a < b <= c != d", "a is not b", "a not in b", "(x := 1)",
    "f()", "f(a, *b, c=1, **d)", "f(x for x in y)",
    "[1, 2]", "(1, 2)", "(1,)", "()", "{1, 2}", "{}", "{1: 2, **d}",
    "[x for x in y if z]", "{x for x in y}", "{k: v for k, v in d}", "(x async for x in y)",
    "lambda: 0", "lambda x, /, y=1, *a, z, w=2, **k: x",
    "await x", "f'{x!r:>{w}} {y=}'", "f'plain'", "'a' 'b'", "f'{a}' 'b'",
    "a @ b // c % d", "a << b >> c & d ^ e | f", "*a, b",
]
for s in SRCS:
    try:
        tree = ast.parse(s, mode='eval')
        print(s, '=>', ast.dump(tree.body))
    except SyntaxError as e:
        print(s, 'SyntaxError', e.msg)
print(ast.dump(ast.parse("x = yield", mode='exec')))
print(ast.dump(ast.parse("async def f():\n    await g()\n    [x async for x in y]")))
