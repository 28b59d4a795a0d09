# the node classes: hierarchy, fields, attributes, defaults, constructor rules
import ast, warnings

print(ast.AST.__name__, ast.AST._fields, ast.AST.__module__)
for name in ['mod', 'stmt', 'expr', 'expr_context', 'boolop', 'operator', 'unaryop', 'cmpop',
             'excepthandler', 'pattern', 'type_ignore', 'type_param']:
    cls = getattr(ast, name)
    print(name, cls.__bases__[0].__name__, cls._fields, cls._attributes)
for name in ['Module', 'Expression', 'Interactive', 'FunctionType', 'FunctionDef', 'ClassDef',
             'Assign', 'AugAssign', 'AnnAssign', 'For', 'With', 'Try', 'ImportFrom', 'Name',
             'Constant', 'Call', 'Lambda', 'Compare', 'FormattedValue', 'JoinedStr', 'Slice',
             'comprehension', 'arguments', 'arg', 'keyword', 'alias', 'withitem', 'match_case',
             'ExceptHandler', 'MatchClass', 'MatchAs', 'TypeVar', 'ParamSpec', 'TypeVarTuple',
             'TypeIgnore', 'Load', 'Add', 'And', 'USub', 'NotIn']:
    cls = getattr(ast, name)
    print(name, [b.__name__ for b in cls.__mro__], cls._fields, cls._attributes, cls.__match_args__)
print(ast.Constant.__doc__)
print(ast.arguments.__doc__)
print(ast.cmpop.__doc__)
print(ast.Return.value, ast.expr.end_lineno, ast.arg.end_col_offset, hasattr(ast.pattern, 'end_lineno'))

# defaults
n = ast.FunctionDef('f', ast.arguments())
print(sorted(vars(n).items(), key=lambda kv: kv[0]) if False else sorted(vars(n)))
print(n.body, n.decorator_list, n.returns, n.type_comment, n.type_params)
print(type(ast.Name('x').ctx).__name__, ast.Name('x', ast.Store()).ctx.__class__.__name__)
print(ast.arguments().args, ast.arguments().vararg)
c = ast.Constant(5, lineno=2, col_offset=3)
print(c.value, c.kind, c.lineno, c.col_offset, hasattr(c, 'end_lineno'), c.end_lineno)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    ast.Name()
    ast.BinOp(ast.Constant(1), ast.Add())
    ast.FunctionDef(name='f')
    ast.Constant()
    ast.Compare()
    ast.Name('x', foo=1)
    for item in w:
        print(item.category.__name__, item.message)

for args, kw in [((1, 2, 3), {}), (('x',), {'id': 'y'})]:
    try:
        ast.Name(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    ast.Pass(1)
except TypeError as e:
    print('TypeError', e)

# instances
a = ast.Add()
print(isinstance(a, ast.operator), isinstance(a, ast.AST), isinstance(ast.Name('x'), ast.expr))
t = ast.parse("x + 1", mode="eval")
print(type(t.body.op) is ast.Add, t.body.op is ast.parse("y + 2", mode="eval").body.op)
print(isinstance(ast.parse("x").body[0].value.ctx, ast.Load))

# user subclasses and attributes
class MyNode(ast.AST):
    _fields = ('a', 'b')
m = MyNode(1, b=2)
print(m.a, m.b, MyNode._fields)
m.extra = 3
print(m.extra)
n = ast.Name('q', ast.Load())
n.anything = [1, 2]
print(n.anything, n.id)
del n.id
print(hasattr(n, 'id'))
print(n.__reduce__()[0] is ast.Name)
print(hasattr(ast.Name('a'), '__replace__'))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, ast.PyCF_OPTIMIZED_AST)
