# ast.parse modes and errors, compile flags
import ast

print(ast.dump(ast.parse("x")))
print(ast.dump(ast.parse("x", mode="eval")))
print(ast.dump(ast.parse("x", mode="single")))
print(ast.dump(ast.parse("x = 1; y = 2", mode="single")))
print(ast.dump(ast.parse(b"y = 2")))
print(ast.dump(ast.parse("z", filename="name.py")))
print(ast.dump(ast.parse("from __future__ import annotations\nx: int")))
print(ast.dump(ast.parse("# coding: latin-1\nx = 'é'")))
print(ast.dump(ast.parse(b"# coding: latin-1\nx = '\xe9'")))
print(ast.parse("x", feature_version=(3, 13)).body[0].value.id)
for src, mode in [("x = ", "exec"), ("x = 1", "eval"), ("def f(:", "exec"), ("(", "exec"),
                  ("1 +", "eval"), ("if x:\npass", "exec"), ("x\n  y", "exec"), ("a b", "exec"),
                  ("f(**x, *y)", "exec"), ("return", "eval")]:
    try:
        ast.parse(src, mode=mode)
        print(repr(src), 'parsed')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
try:
    ast.parse("x", mode="bogus")
except ValueError as e:
    print('ValueError', e)
try:
    ast.parse(5)
except TypeError as e:
    print('TypeError', e)
try:
    ast.parse("x\0y")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
try:
    ast.parse("x", feature_version=(2, 7))
except ValueError as e:
    print('ValueError', e)
# a parse tree is made of fresh objects each time
a = ast.parse("x = 1")
b = ast.parse("x = 1")
print(a is not b, a.body[0] is not b.body[0], ast.dump(a) == ast.dump(b))
a.body[0].targets[0].id = 'changed'
print(ast.dump(b.body[0].targets[0]), ast.dump(a.body[0].targets[0]))
# return-outside-function is a compile error, not a parse error
t = ast.parse("return 1")
print(type(t.body[0]).__name__)
try:
    compile(t, "<r>", "exec")
except SyntaxError as e:
    print('SyntaxError', e.msg)
# compile flags
print(type(compile("x", "<f>", "exec", flags=ast.PyCF_ONLY_AST)).__name__)
print(type(compile("x", "<f>", "eval", ast.PyCF_ONLY_AST, dont_inherit=True)).__name__)
print(type(compile(ast.parse("x"), "<f>", "exec", 0)).__name__)
