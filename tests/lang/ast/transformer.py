# NodeTransformer rewriting, then compile + exec of the result
import ast

src = '''
def compute(a, b):
    total = a + b
    product = a * b
    return total, product

values = [compute(i, i + 1) for i in range(4)]
print(values)
print(2 + 3, 10 * 4)
'''

class SwapOps(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.copy_location(ast.BinOp(node.left, ast.Mult(), node.right), node)
        if isinstance(node.op, ast.Mult):
            return ast.copy_location(ast.BinOp(node.left, ast.Add(), node.right), node)
        return node

tree = ast.parse(src)
exec(compile(tree, '<orig>', 'exec'), {})
tree = SwapOps().visit(tree)
exec(compile(tree, '<swapped>', 'exec'), {})
print(ast.unparse(tree))

class ConstFold(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            ops = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
                   ast.Mult: lambda a, b: a * b}
            f = ops.get(type(node.op))
            if f:
                return ast.copy_location(ast.Constant(f(node.left.value, node.right.value)), node)
        return node

t = ast.parse("x = (2 + 3) * 4 - 1\nprint(x, 'a' + 'b')")
t = ConstFold().visit(t)
print(ast.dump(t))
exec(compile(t, '<fold>', 'exec'), {})

# removing and splicing statements
class DropPass(ast.NodeTransformer):
    def visit_Pass(self, node):
        return None
    def visit_Expr(self, node):
        if isinstance(node.value, ast.Constant) and node.value.value == 'dup':
            return [ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('one')], [])),
                    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('two')], []))]
        return node

t = ast.parse("pass\n'dup'\nprint('end')\nif 1:\n    pass\n    print('in if')")
t = DropPass().visit(t)
ast.fix_missing_locations(t)
print(ast.unparse(t))
exec(compile(t, '<drop>', 'exec'), {})

# renaming names everywhere
class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'old':
            return ast.copy_location(ast.Name('new', node.ctx), node)
        return node
t = Rename().visit(ast.parse("old = 5\nprint(old * 2)"))
ns = {}
exec(compile(t, '<rename>', 'exec'), ns)
print(sorted(k for k in ns if not k.startswith('__')))

# deleting an optional field via None
class DropReturns(ast.NodeTransformer):
    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        return node
    def visit_Constant(self, node):
        return node
t = ast.parse("def f() -> int:\n    return 1")
class KillAnn(ast.NodeTransformer):
    def visit_Name(self, node):
        return None if node.id == 'int' else node
t = KillAnn().visit(t)
print(hasattr(t.body[0], 'returns'), ast.dump(t))
exec(compile(ast.parse(ast.unparse(t)), '<k>', 'exec'), {})

# eval mode trees
e = ast.parse("1 + 2 * 3", mode="eval")
e = SwapOps().visit(e)
print(eval(compile(e, '<e>', 'eval')))
