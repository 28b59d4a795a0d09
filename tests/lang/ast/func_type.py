# ast.parse(mode='func_type'): signature type comments as FunctionType trees
import ast
for s in ['(int, str) -> bool', '() -> None', '(int) -> x.y', '(*args, **kw) -> int', '(a,) -> b', '  (a) -> b', '(a)\n -> b', '(a) -> b\n', '(List[int], *Any) -> Tuple[int, ...]', '(a, *b, **c) -> (d)', '(f(x, y), [1, 2]) -> {a: b}', b'(bytes) -> int']:
    try:
        t = ast.parse(s, mode='func_type'); print(repr(s), ast.dump(t, include_attributes=True))
    except SyntaxError as e: print(repr(s), type(e).__name__, e.msg, e.lineno)
for s in ['int -> bool', '(a) ->', '(a) -> b, c', '(a b) -> c', '(**kw, a) -> c', '(a, *b, *c) -> d']:
    try:
        t = ast.parse(s, mode='func_type'); print(repr(s), ast.dump(t))
    except SyntaxError as e: print(repr(s), 'SyntaxError', e.msg, e.lineno)
print(ast.unparse(ast.parse('(int, str) -> bool', mode='func_type')))
try: compile(ast.parse('(a) -> b', mode='func_type'), 'f', 'exec')
except Exception as e: print(type(e).__name__, e)
print(ast.dump(compile('(a) -> b', 'f', 'func_type', ast.PyCF_ONLY_AST)))
try: compile('(a) -> b', 'f', 'func_type')
except Exception as e: print(type(e).__name__, e)
try: compile('(a) -> b', 'f', 'bogus', ast.PyCF_ONLY_AST)
except Exception as e: print(type(e).__name__, e)
