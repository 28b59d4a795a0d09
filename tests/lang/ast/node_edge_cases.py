# AST base class and user subclasses: construction, attributes, identity/equality of nodes
import ast, warnings
warnings.simplefilter('ignore')
a = ast.AST()
print(type(a).__name__, vars(a))
try: ast.AST(1)
except TypeError as e: print(e)
b = ast.AST(x=1); print(vars(b))
class N(ast.Name):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = True
n = N('q')
print(n.id, n.extra, type(n.ctx).__name__, isinstance(n, ast.Name))
print(ast.dump(ast.fix_missing_locations(ast.Expression(N('len')))))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Call(N('len'), [ast.Constant('abc')], []))), 'e', 'eval')))
class F(ast.AST):
    _fields = ('a', 'b')
    _attributes = ('lineno',)
f = F(1, 2, lineno=3)
print(f.a, f.b, f.lineno, ast.dump(f, include_attributes=True))
try: F(1, 2, 3)
except TypeError as e: print(e)
print(ast.Load() is ast.Load(), ast.Load() == ast.Load(), hash(ast.Load()) is not None)
x = ast.Name('a', ast.Load())
print(x == ast.Name('a', ast.Load()))
print(ast.Constant.__module__, ast.Constant.__qualname__, ast.AST.__module__, ast.AST.__qualname__)
print(ast.Name.__init__ is ast.AST.__init__, ast.Name.__new__ is ast.AST.__new__)
print(sorted(k for k in vars(ast.Name(id='x', ctx=ast.Load(), lineno=1))))
print(ast.Tuple().elts, ast.Tuple().ctx.__class__.__name__, ast.Slice().lower)
try: setattr(ast.Name, 'foo', 1); print(ast.Name.foo); del ast.Name.foo
except Exception as e: print(type(e).__name__)
