# compile() of parsed and hand-built trees
import ast

tree = ast.parse("x = 40\ny = x + 2\nprint('y is', y)")
code = compile(tree, "<tree>", "exec")
print(type(code).__name__, code.co_filename)
exec(code, {})

m = ast.Module(body=[
    ast.Assign(targets=[ast.Name('a', ast.Store())], value=ast.Constant(5)),
    ast.For(target=ast.Name('i', ast.Store()),
            iter=ast.Call(ast.Name('range', ast.Load()), [ast.Constant(3)], []),
            body=[ast.AugAssign(ast.Name('a', ast.Store()), ast.Add(), ast.Name('i', ast.Load()))],
            orelse=[]),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Name('a', ast.Load())], [])),
    ast.FunctionDef('f', ast.arguments(args=[ast.arg('p')], defaults=[ast.Constant(9)]),
                    [ast.Return(ast.BinOp(ast.Name('p', ast.Load()), ast.Mult(), ast.Constant(2)))], []),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()),
                      [ast.Call(ast.Name('f', ast.Load()), [], []),
                       ast.Call(ast.Name('f', ast.Load()), [ast.Constant(1)], [])], [])),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()),
                      [ast.JoinedStr([ast.Constant('v='), ast.FormattedValue(ast.Name('a', ast.Load()), ord('r'), None)])], [])),
    ast.Try(body=[ast.Raise(ast.Call(ast.Name('KeyError', ast.Load()), [ast.Constant('k')], []))],
            handlers=[ast.ExceptHandler(ast.Name('KeyError', ast.Load()), 'e',
                                        [ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('caught'), ast.Name('e', ast.Load())], []))])],
            orelse=[], finalbody=[]),
], type_ignores=[])
ast.fix_missing_locations(m)
exec(compile(m, "<built>", "exec"), {})

e = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
ast.fix_missing_locations(e)
print(eval(compile(e, "<e>", "eval")))

i = ast.Interactive([ast.Expr(ast.Constant('interactive'))])
ast.fix_missing_locations(i)
exec(compile(i, "<i>", "single"))

# PyCF_ONLY_AST returns the tree; given a tree it is returned as is
t = compile("a + 1", "<s>", "eval", ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
print(compile(t, "<s>", "eval", ast.PyCF_ONLY_AST) is t)
print(type(compile(b"x = 1", "<b>", "exec", ast.PyCF_ONLY_AST)).__name__)
print(type(compile("x = 1", "<b>", "single", ast.PyCF_ONLY_AST)).__name__)

# positions flow into code objects
t = ast.parse("def g():\n    return 1 / 0\n")
ns = {}
exec(compile(t, "<pos>", "exec"), ns)
try:
    ns['g']()
except ZeroDivisionError as ex:
    tb = ex.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print('line', tb.tb_lineno)

# compiling a modified tree twice gives equal results
t = ast.parse("result = sum(i * i for i in range(5))")
for _ in range(2):
    ns = {}
    exec(compile(t, "<twice>", "exec"), ns)
    print(ns['result'])

# classes, comprehensions, lambdas, closures through the AST path
src = '''
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return lambda: [self.v * k for k in range(3)]
print(C(2).get()())
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
f = outer(); f(); print(f())
print({k: v for k, v in zip('ab', (1, 2))}, {x % 3 for x in range(9)})
match (1, 2):
    case (a, b) if a < b:
        print('match', a, b)
async def co():
    return 5
c = co()
try:
    c.send(None)
except StopIteration as s:
    print('co', s.value)
'''
exec(compile(ast.parse(src), "<full>", "exec"), {})
