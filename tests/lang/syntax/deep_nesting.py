def check(src):
    try:
        compile(src, '<deep>', 'exec')
        print('OK', len(src))
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset)
    except (MemoryError, RecursionError) as e:
        print(type(e).__name__, e)
check('(' * 199 + ')' * 199)
check('(' * 200 + ')' * 200)
check('(' * 201 + ')' * 201)
check('(' * 100000)
check('[' * 250 + ']' * 250)
check('{' * 300)
check('-' * 100000 + '1')
check('not ' * 100000 + 'x')
check('lambda:' * 100000 + '1')
check('a if b else ' * 100000 + 'c')
check('-' * 100 + '1')
check('x' + '.x' * 1000)
check('x' + '[0]' * 100)
check('f(' * 100 + ')' * 100)
src = ''.join('    ' * i + 'if x:\n' for i in range(99)) + '    ' * 99 + 'pass\n'
check(src)
src = ''.join('    ' * i + 'if x:\n' for i in range(101)) + '    ' * 101 + 'pass\n'
check(src)
print(eval('(' * 50 + '1' + ')' * 50))
print(eval('-' * 50 + '1'), eval('not ' * 51 + '0'))
for n in (2900, 3100, 5900, 6100):
    row = []
    for s in ("-" * n + "1", "not " * n + "x", "lambda:" * n + "1", "a if b else " * n + "c", "+" * n + "x"):
        try:
            compile(s, "<deep>", "exec")
            row.append("ok")
        except MemoryError:
            row.append("MemoryError")
        except RecursionError:
            row.append("RecursionError")
    print(n, row)
# brackets weigh on the parser's stack like in CPython
for pre, post in (("[", "]"), ("(", ")"), ("f(", ")"), ("x[", "]")):
    row = []
    for n in (2000, 3100):
        try:
            compile(pre * 100 + "-" * n + "1" + post * 100, "<deep>", "exec")
            row.append("ok")
        except MemoryError:
            row.append("MemoryError")
    print(pre, row)
