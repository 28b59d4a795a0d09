# structural pattern matching over AST nodes (__match_args__ = _fields)
import ast


def describe(node):
    match node:
        case ast.Constant(value=int(v)) if v < 0:
            return f"negative int {v}"
        case ast.Constant(v):
            return f"constant {v!r}"
        case ast.Name(id=name, ctx=ast.Store()):
            return f"store {name}"
        case ast.Name(name):
            return f"load {name}"
        case ast.BinOp(left, ast.Add(), right):
            return f"sum of ({describe(left)}) and ({describe(right)})"
        case ast.BinOp(op=op):
            return f"binop {type(op).__name__}"
        case ast.Call(ast.Name('print'), args):
            return f"print with {len(args)} args"
        case ast.Call(func=ast.Attribute(value=obj, attr=meth)):
            return f"method {meth} on {describe(obj)}"
        case ast.Assign([target], value):
            return f"assign {describe(value)} to {describe(target)}"
        case ast.Assign(targets):
            return f"multi-assign to {len(targets)} targets"
        case ast.FunctionDef(name, ast.arguments(args=[*params]), body):
            return f"def {name}({', '.join(p.arg for p in params)}) with {len(body)} statements"
        case ast.Expr(value):
            return "expression: " + describe(value)
        case ast.List(elts=[]) | ast.Tuple(elts=[]):
            return "empty sequence"
        case ast.List(elts=[first, *rest]):
            return f"list starting with {describe(first)} and {len(rest)} more"
        case ast.stmt():
            return "some statement " + type(node).__name__
        case ast.expr():
            return "some expression " + type(node).__name__
        case _:
            return "something else"


src = '''
x = 1
a = b = 2
print(x, a)
-5
"text"
y + 3
y * 3
obj.method()
def f(p, q):
    return p
    pass
[]
[1, 2, 3]
()
import os
lambda: 0
'''
for stmt in ast.parse(src).body:
    print(describe(stmt))
print(describe(ast.arguments()))
print(ast.BinOp.__match_args__, ast.Constant.__match_args__, ast.AST.__match_args__)
