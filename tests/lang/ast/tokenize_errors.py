# tokenize: malformed numbers, null bytes, tab/space mixing, non-ASCII names
from _tokshow import show

for s in ["x = €\n", "1abc\n", "0_\n", "1__0\n", "0x\n", "1e\n", "if x:\n\ty\n        z\n",
          "x = 1\0\n", "a = 5 if x else\n", "print 'x'\n", "1.__class__\n", "0b12\n",
          "x = )\n", "(]\n", "𝔘 = 1\n", "a\u00a0b\n", "0o8\n", "0b\n", "0o\n", "1_\n", "1.5_\n",
          "1e5_\n", "0x1g\n", "1_000_\n", "x = 0_7\n", "1jx\n", "1.5x\n", "0xfor\n", "1in x\n",
          "if x:\n  y\n\tz\n", "if x:\n\ty\n\tz\n", "  \tx\n", "x\0y\n", "a\n\0\n", "0x_1\n",
          "0b1_\n", "0o_\n", "1e_5\n", "if a:\n  b\n c\n"]:
    show(s)
for s in ["x = 1\x01\n", "a\\\r\nb\n", "x\t=\t1  \t# c\t\n", "f'''a\nb{c!r}\n'''\n", "f'''abc", "f'{",
          "f'{x!}'", "f'{x:{'", "print(\n", "'''\n\n", "x = \\\n\n", "u'\\N{DASH}'", "f'{x}' \\\n f'{y}'",
          "  \n\n  x\n", "def f():\n  pass\n\n  \n# end", "a;b\n", "if x: y\n", "\r\n", "€x = 1\n",
          "x = 0o17_7 + 0b_1\n", "1__\n", "1.e5 1_0j .5j 0.0 00\n"]:
    show(s, exact=True)
