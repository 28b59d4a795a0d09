# -*- coding: utf-8 -*-
print('coding declaration accepted', 'é')
for src in [b'# -*- coding: utf-8 -*-\nx = "\xc3\xa9"\n', b'\xef\xbb\xbfx = 1\n',
            b'# coding: latin-1\nx = "\xe9"\n', b'x = "\xff"\n', b'#!/usr/bin/env python\n# coding=utf-8\nx = 2\n',
            b'\n\n# coding: latin-1\nx = "\xe9"\n']:
    try:
        ns = {}
        exec(compile(src, '<enc>', 'exec'), ns)
        print('OK', repr(ns.get('x')))
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
print(eval('"\u00e9"'), eval(b'"\xc3\xa9"'), len(eval(b'"\xc3\xa9"')))
x = 'line1\r\nline2'
ns = {}
exec('a = 1\r\nb = 2\r\n', ns)
print(ns['a'], ns['b'])
exec('c = 3\rd = 4\r', ns)
print(ns['c'], ns['d'])
exec('s = """x\r\ny"""', ns)
print(repr(ns['s']))
