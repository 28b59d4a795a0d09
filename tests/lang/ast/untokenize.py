# untokenize: full tokens reproduce the source; (type, string) pairs give equivalent code
import io
import tokenize

SRCS = [
    "x = 1\n",
    "def f(a, b):\n    return a + b  # sum\n\n\nprint(f(1, 2))\n",
    "if x:\n    if y:\n        z = [1,\n             2]\n    w\n",
    "s = '''multi\nline''' + f'{x!r:>{w}}' + f'{{lit}}'\n",
    "x = 1 \\\n    + 2\n",
    "print('a' 'b', f'c' 'd')\n",
    "class C:\n\tdef m(self):\n\t\tpass\n",
    "x = 1",
    "a = f'''\n{b}\n'''\n",
]
for src in SRCS:
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    out = tokenize.untokenize(toks)
    print(repr(src))
    print('  full:', repr(out), out == src)
    pairs = [(t.type, t.string) for t in toks]
    out2 = tokenize.untokenize(pairs)
    again = [(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(out2).readline)]
    print('  compat tokens equal:', [p for p in again if p[0] not in (tokenize.NL,)] ==
          [p for p in pairs if p[0] not in (tokenize.NL,)])
try:
    tokenize.untokenize([(tokenize.NAME, 'a', (2, 0), (2, 1), 'a'), (tokenize.NAME, 'b', (1, 0), (1, 1), 'b')])
except ValueError as e:
    print('ValueError', e)
