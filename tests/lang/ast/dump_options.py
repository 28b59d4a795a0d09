# ast.dump options: indent, annotate_fields, include_attributes, show_empty
import ast

src = "def f(a, b=2):\n    return a + b\nx = f(1)\n"
tree = ast.parse(src)
print(ast.dump(tree, indent=4))
print(ast.dump(tree, indent='\t'))
print(ast.dump(tree, indent=0))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree, include_attributes=True))
print(ast.dump(tree.body[1], annotate_fields=False, include_attributes=True, indent=2))
print(ast.dump(tree, show_empty=True))
print(ast.dump(ast.parse("f()"), show_empty=True, annotate_fields=False))
print(ast.dump(ast.parse("lambda: None", mode="eval"), annotate_fields=False))
print(ast.dump(ast.Constant(None)))
print(ast.dump(ast.MatchSingleton(None)))
print(ast.dump(ast.Name()))
print(ast.dump(ast.Name('x')))
print(ast.dump(ast.Raise(cause=ast.Name('c'))))
print(ast.dump(ast.Raise(cause=ast.Name('c')), annotate_fields=False))
print(ast.dump(ast.ImportFrom(module=None, names=[ast.alias('a')], level=0), annotate_fields=False))
n = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2), lineno=3, col_offset=4)
print(ast.dump(n, include_attributes=True))
for bad in (1, "x", None, [ast.Pass()]):
    try:
        ast.dump(bad)
    except TypeError as e:
        print('TypeError', e)
