# ast.unparse of f-strings and string literals (quote choice, escapes)
import ast

SRCS = [
    "f'{x}'", "f'a{x}b'", "f'{x!r}'", "f'{x!s:>10}'", "f'{x:{w}.{p}}'", "f'{{}}'", "f'{{x}}'",
    "f'{x=}'", "f'{x = !r:^5}'", "f\"{'a'}\"", "f'{\"a\"}'", "f'{x[\"k\"]}'", "f'''{x}\n'''",
    "f'\\n{x}\\t'", "f'{ {1: 2}[1] }'", "f'{(lambda: 1)()}'", "f'{a if b else c}'",
    "f'{x:%Y-%m-%d}'", "f'{x}' 'y'", "'y' f'{x}'", "f'{x}' f'{y}'", "f'{1}{2}'",
    "f\"it's {x}\"", "f'say \"{x}\"'", "f'''both ' and \" {x}'''", "f'{x:{\"a\"}}'",
    "f'{x!a}'", "f'{3.14:.2f}'", "f'{x:\\n}'", "f''", "f'{f\"{y}\"}'",
    "'plain'", "\"it's\"", "'say \"hi\"'", "'''both ' and \"'''", "'\\n'", "'tab\\there'",
    "'\\x00'", "'é'", "'\\u2028'", "b'\\n'", "'a\\\\b'",
]
for s in SRCS:
    try:
        t = ast.parse(s, mode='eval')
    except SyntaxError as e:
        print(repr(s), 'SyntaxError', e.msg)
        continue
    out = ast.unparse(t)
    same = ast.dump(ast.parse(out, mode='eval')) == ast.dump(t)
    print(repr(s), '->', out, same)

docs = ['"""plain"""', "'''with \"\"\" inside'''", '"""ends with quote\\""""', "'''line1\nline2'''",
        '"""tab\there"""', '"""\\\\backslash"""', "'''\\x01'''", '"""it\'s"""']
for d in docs:
    src = 'def f():\n    ' + d + '\n    pass'
    t = ast.parse(src)
    out = ast.unparse(t)
    print(out)
    print(ast.get_docstring(ast.parse(out).body[0], clean=False) == ast.get_docstring(t.body[0], clean=False))

# JoinedStr built by hand with newline and quotes in constants
js = ast.JoinedStr([ast.Constant("a'b\"c\n"), ast.FormattedValue(ast.Name('x'), -1, None)])
print(ast.unparse(js))
js = ast.JoinedStr([ast.Constant("'''\"\"\""), ast.FormattedValue(ast.Name('x'), -1, None)])
print(ast.unparse(js))
try:
    ast.unparse(ast.JoinedStr([ast.Name('x')]))
except ValueError as e:
    print('ValueError', str(e).split(',')[0])
