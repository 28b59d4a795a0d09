# NodeVisitor, walk, iter_fields, iter_child_nodes
import ast

src = '''
import os
from sys import path as p
class A(Base):
    def m(self, x):
        return [y for y in x if y]
def top(a, *b, **c):
    async def inner():
        await a
    lambda q: q + 1
    return {k: v for k, v in c.items()}
'''
tree = ast.parse(src)

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.counts = {}
    def generic_visit(self, node):
        name = type(node).__name__
        self.counts[name] = self.counts.get(name, 0) + 1
        super().generic_visit(node)

c = Counter()
c.visit(tree)
print(sorted(c.counts.items()))

class Defs(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_FunctionDef(self, node):
        self.names.append(('def', node.name, node.lineno))
        self.generic_visit(node)
    def visit_AsyncFunctionDef(self, node):
        self.names.append(('async def', node.name, node.lineno))
        self.generic_visit(node)
    def visit_ClassDef(self, node):
        self.names.append(('class', node.name, node.lineno))
        self.generic_visit(node)
    def visit_Import(self, node):
        self.names.append(('import', [a.name for a in node.names]))
    def visit_ImportFrom(self, node):
        self.names.append(('from', node.module, [(a.name, a.asname) for a in node.names]))
d = Defs()
d.visit(tree)
print(d.names)

print([type(n).__name__ for n in ast.walk(ast.parse("a + b * c", mode="eval"))])
print(sorted(type(n).__name__ for n in ast.walk(tree))[:20])
print(len(list(ast.walk(tree))))
fn = tree.body[3]
print([name for name, _ in ast.iter_fields(fn)])
print([type(x).__name__ for x in ast.iter_child_nodes(fn)])
print([type(x).__name__ for x in ast.iter_child_nodes(fn.args)])
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.Name())])
print([k for k, v in ast.iter_fields(ast.Constant(1))])

class Ret(ast.NodeVisitor):
    def visit_Constant(self, node):
        return node.value * 2
print(Ret().visit(ast.Constant(21)))
print(Ret().visit(ast.Name('x')))

# visitors written for the old constant classes still work (with a DeprecationWarning)
import warnings
class Old(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Num(self, node):
        self.seen.append(('num', node.value))
    def visit_Str(self, node):
        self.seen.append(('str', node.value))
    def visit_NameConstant(self, node):
        self.seen.append(('nc', node.value))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    o = Old()
    o.visit(ast.parse("f(1, 'a', None, True, b'x', 2.5, ...)"))
    print(o.seen)
    print(sorted({str(x.message) for x in w}))
