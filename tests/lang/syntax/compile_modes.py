print(eval(compile('1 + 2', '<e>', 'eval')))
print(eval(compile('a, b', '<e>', 'eval'), {'a': 1, 'b': 2}))
ns = {}
exec(compile('x = 5\ny = x * 2', '<x>', 'exec'), ns)
print(ns['x'], ns['y'])
exec(compile('z = 1', '<s>', 'single'), ns)
print(ns['z'])
for src, mode in [('x = 1', 'eval'), ('x = 1\ny = 2\n', 'single'), ('if x:\n    pass\n', 'single'),
                  ('', 'exec'), ('\n\n', 'exec'), ('# only comment', 'exec'), ('1 +', 'eval'),
                  ('lambda: 0', 'eval'), ('yield', 'eval'), ('x\n\n', 'eval'), ('\n1', 'eval'),
                  ('pass', 'single'), ('', 'single'), ('x = 1', 'bad')]:
    try:
        c = compile(src, '<m>', mode)
        print('OK', repr(src), mode, type(c).__name__)
    except SyntaxError as e:
        print('SyntaxError', repr(src), mode, e.msg, e.lineno, e.offset)
    except ValueError as e:
        print('ValueError', repr(src), mode, e)
print(eval('  1 + 1'), eval('\t2'))
print(eval(b'3 * 3'), exec(b'q = 1', ns), ns['q'])
print(compile('x', 'name.py', 'eval').co_filename)
