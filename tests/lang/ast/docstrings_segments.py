# get_docstring and get_source_segment
import ast

src = '''"""Module doc.

    More text.
"""
def f():
    """  Function doc.
        indented
    """
    return 1
class C:
    "class doc"
    def m(self): pass
async def g():
    x = 1
def h():
    42
'''
tree = ast.parse(src)
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree, clean=False)))
for node in tree.body:
    print(node.name, repr(ast.get_docstring(node)), repr(ast.get_docstring(node, False)))
print(repr(ast.get_docstring(tree.body[1].body[1])))
for bad in (ast.Name('x'), ast.Expr(ast.Constant('s')), ast.Lambda()):
    try:
        ast.get_docstring(bad)
    except TypeError as e:
        print('TypeError', e)
print(ast.get_docstring(ast.Module([], [])))

src2 = "x = [1,\n     2]\nif x:\n    y = ('a'\n         'b')\nz = 'é' + w\n\tq = 1\n"
t = ast.parse(src2.replace('\tq = 1\n', ''))
for node in ast.walk(t):
    if isinstance(node, (ast.stmt, ast.expr)):
        print(type(node).__name__, repr(ast.get_source_segment(src2, node)))
y = t.body[1].body[0]
print(repr(ast.get_source_segment(src2, y, padded=True)))
print(repr(ast.get_source_segment(src2, y.value, padded=True)))
print(ast.get_source_segment(src2, ast.Name('x')))
print(ast.get_source_segment(src2, ast.Name('x', lineno=1, col_offset=0, end_lineno=None, end_col_offset=1)))
src3 = "a = 1\r\nb = (2 +\r\n 3)\rc = 4\x0cd\n"
t3 = ast.parse("a = 1\nb = (2 +\n 3)\nc = 4")
for s in t3.body:
    print(repr(ast.get_source_segment(src3, s)))
print(repr(ast._splitlines_no_ff(src3)))
print(repr(ast._pad_whitespace("ab\tc\x0cd")))
