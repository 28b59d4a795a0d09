# ast.parse(optimize=N): constant folding within CPython's size limits, __debug__, iterables, %-format to f-string, not-compare inversion
import ast
SRCS = ['"ab" * 2', '2 * "a"', '"a" + "b"', 'b"a" * 3', '(1,) * 3', '"%s-%d" % (a, b)', '"%s" % x', '1 / 0', '2 ** 10', '2 ** 100', '1 << 200', '1 << 3', '~True', '-(1, 2)', 'not 0', 'x[1:2]', '"abc"[1]', '(1, 2, 3)[1:]', '[1, 2][0]', '1 if 2 else 3', 'a and 1', 'f(*[1, 2])', 'x in (1, [2])', '"a" "b"', '-1.5', '--1', '+True', '(1, 2) + (3,)', '"%.2f" % 1.5', '(1, 2)', '[1, 2]', 'x in [1, 2]', 'x in {1, 2}', 'x not in [a, 2]', '__debug__', 'f"{1}"', 'x = 2 ** 100', '"a" * 10000', '(1, x)', '1 < 2', '{1: 2}', '(1, (2, 3))', '((1, 2) * 100)', '(1,) * 300', '7 // 2 % 3', '5 - 3 - 1', '1.5 * 2', '2 ** -1', '(-2) ** 0.5', '"abc"[5]', 'b"xyz"[0]', '[i for i in [1, 2] if i in {3}]', '10 >> 1 | 3 & 6 ^ 1']
for s in SRCS:
    print(repr(s), ast.dump(ast.parse(s, optimize=1).body[0]))
print(ast.dump(ast.parse('for i in [1, x]: pass\nasync def f():\n    async for j in [1]: pass', optimize=2)))
print(ast.dump(ast.parse('__debug__', optimize=2)))
print(ast.dump(ast.parse('if __debug__: pass', optimize=-1)))
print(ast.dump(ast.parse('x = -1', optimize=0)))
t = ast.parse('print((2 + 3) * 4, "ab" * 2, [i for i in [1, 2]], 3 in {1, 3})', optimize=1)
exec(compile(t, '<opt>', 'exec'))
print(ast.unparse(t))
t = ast.parse('"ab" * 2\nx = "ab" * 2\nprint("abc"[1])\ndef f():\n    "a" + "b"\n    "doc"\n', optimize=1)
print(ast.dump(t))
print(ast.unparse(t))
for s in ['"%s %r" % (a, b)', '"%s" % (a,)', '"%s" % a', '"%d" % (a,)', '"%5s|%-3r|%.2a" % (a, b, c)', '"%%s %s" % (a,)', '"%s %s" % (a,)', '"%s" % (*a,)', '"x%sy" % (1,)', 'b"%s" % (a,)', '"%(k)s" % (a,)', '"%05s" % (a,)', '"%s" % ()', '"" % ()', '"%s%s" % (a, b)', 'not a is b', 'not a in b', 'not a == b', 'not (a is b is c)', 'not a < b', '"% s" % (a,)', '"%+s" % (a,)', '"%#s" % (a,)', '"%*s" % (a, b)', '"%-05.3s" % (a,)', '"%s" % (a, b)', '"%" % (a,)', '"%5" % (a,)', '"%.s" % (a,)', 'x = not not a in b']:
    print(repr(s), ast.dump(ast.parse(s, optimize=1).body[0], include_attributes=True))
a, b, c = 'A', [1], 'é'
print(eval(compile(ast.parse('"%5s|%-3r|%.2a|%%" % (a, b, c)', mode='eval', optimize=1), 'e', 'eval')))
for src, mode, opt in [('__debug__', 'eval', -1), ('1 + 2', 'eval', -1), ('__debug__', 'eval', 1), ('(1, 2)', 'exec', 0), ('__debug__', 'eval', 2), ('"%s" % (a,)', 'eval', 0)]:
    print(src, opt, ast.dump(compile(src, 'f', mode, ast.PyCF_OPTIMIZED_AST, optimize=opt)))
print(ast.dump(compile('1+1', 'f', 'eval', ast.PyCF_ONLY_AST)))
print(ast.dump(ast.parse('__debug__ and 1 + 1', optimize=1)))
t = ast.parse('x = 1+2\nif __debug__:\n    y = "%s!" % (x,)')
r = compile(t, 'f', 'exec', ast.PyCF_OPTIMIZED_AST)
print(r is t, ast.dump(r), ast.dump(t))
r = compile(t, 'f', 'exec', ast.PyCF_OPTIMIZED_AST, optimize=2)
print(ast.dump(r))
print(compile(t, 'f', 'exec', ast.PyCF_ONLY_AST) is t)
