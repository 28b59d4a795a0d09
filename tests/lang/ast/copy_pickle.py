# AST nodes with copy, deepcopy, pickle and equality-by-dump
import ast, copy, pickle

t = ast.parse("def f(x):\n    return [i * x for i in range(3)]\nprint(f(2))")
c = copy.deepcopy(t)
print(c is not t, ast.dump(c, include_attributes=True) == ast.dump(t, include_attributes=True))
c.body[0].name = 'g'
print(t.body[0].name, c.body[0].name)
s = copy.copy(t)
print(s.body is t.body)
exec(compile(c, "<copy>", "exec"), {'print': lambda *a: print('printed', *a)} ) if False else None
data = pickle.dumps(t)
u = pickle.loads(data)
print(type(u).__name__, ast.dump(u, include_attributes=True) == ast.dump(t, include_attributes=True))
ns = {}
exec(compile(u, "<pickled>", "exec"), ns)
print(type(ast.Load().__reduce__()).__name__, ast.Load().__reduce__()[0].__name__)
r = ast.Name('x', ast.Load(), lineno=2).__reduce__()
print(r[0].__name__, r[1], sorted(r[2]))
print(pickle.loads(pickle.dumps(ast.Add())).__class__.__name__)
print(ast.dump(pickle.loads(pickle.dumps(ast.Constant(value=(1, 'a'), kind=None)))))
