# node positions, fix_missing_locations, copy_location, increment_lineno
import ast

src = "x = 1\nif x:\n    y = [a,\n         b]\ns = 'é' + f(z)\n"
tree = ast.parse(src)
for node in ast.walk(tree):
    if hasattr(node, 'lineno'):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)

n = ast.BinOp(ast.Name('a', ast.Load()), ast.Add(), ast.Constant(1))
print(hasattr(n, 'lineno'))
ast.fix_missing_locations(n)
print(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset, n.left.lineno, n.right.end_col_offset)

m = ast.Module([ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant(1)], []),
                         lineno=5, col_offset=2, end_lineno=5, end_col_offset=9)], [])
ast.fix_missing_locations(m)
call = m.body[0].value
print(call.lineno, call.col_offset, call.end_lineno, call.end_col_offset, call.args[0].lineno)

old = tree.body[0]
new = ast.Pass()
print(ast.copy_location(new, old) is new, new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
new2 = ast.Pass()
old2 = ast.Pass(lineno=3, col_offset=1, end_lineno=None, end_col_offset=None)
ast.copy_location(new2, old2)
print(new2.lineno, new2.end_lineno, new2.end_col_offset)
print(ast.copy_location(ast.Add(), old).__class__.__name__, hasattr(ast.copy_location(ast.arguments(), old), 'lineno'))

t = ast.parse("a = 1\nb = 2")
ast.increment_lineno(t, 3)
print([(s.lineno, s.end_lineno, s.targets[0].lineno) for s in t.body])
ast.increment_lineno(t)
print([(s.lineno, s.value.end_lineno) for s in t.body])
ti = ast.TypeIgnore(lineno=4, tag='')
mm = ast.Module([], [ti])
ast.increment_lineno(mm, 2)
print(ti.lineno)
e = ast.Expr(ast.Constant(1), lineno=1, col_offset=0, end_lineno=None, end_col_offset=None)
ast.increment_lineno(e, 1)
print(e.lineno, e.end_lineno)
code = compile(t, '<inc>', 'exec')
print(code.co_firstlineno)
# columns are UTF-8 byte offsets
t = ast.parse("ééé = 'ü' + x")
print([(type(n).__name__, n.col_offset, n.end_col_offset) for n in ast.walk(t) if hasattr(n, 'col_offset')])
