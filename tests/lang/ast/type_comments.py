# ast.parse(type_comments=True) and compile(..., PyCF_TYPE_COMMENTS): type_comment fields, TypeIgnore entries, misplaced type comments
import ast
for s in ['x = 1  # type: int', 'x = y = []  # type: List[int]', 'f()  # type: int', 'for i in x:  # type: int\n    pass', 'with a as b:  # type: int\n    pass', 'def f(a, b):  # type: (int, str) -> None\n    pass', 'def f(a, b):\n    # type: (int, str) -> None\n    pass', 'def f(a,  # type: int\n      b  # type: str\n      ):\n    pass', 'x = 1  # type: ignore', 'import os  # type: ignore[attr]\nx = 2 #type:ignore', 'x = 1  #type:int', 'x: int = 1  # type: int', 'async def f():\n    async for i in x:  # type: int\n        pass', 'x = 1 # type:  int  ', 'x = [  # type: int\n1]', 'def f(a, *b, # type: int\n **c):\n  pass', 'def f(a=1,  # type: int\n  *, k=2  # type: str\n  ):  # type: (...) -> None\n  x = 1  # type: int\n  return x', 'x = 1  # not a type: int', 'x = 1  # type: ignored', 'async def g():\n    async with a as b:  # type: T\n        pass', 'class C:  # type: ignore\n    x = 1  # type: int', b'# coding: utf-8\nz = 1  # type: int\n']:
    try:
        print(repr(s), ast.dump(ast.parse(s, type_comments=True)))
    except SyntaxError as e:
        print(repr(s), 'SyntaxError', e.msg, e.lineno)
print(ast.dump(ast.parse('x = 1  # type: int')))
print(ast.unparse(ast.parse('x = 1  # type: int\nfor i in y:  # type: str\n    pass\nz = 2  # type: ignore', type_comments=True)))
print(ast.dump(compile('x = 1  # type: int\ny = 2  # type: ignore', 'f', 'exec', ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS)))
print(ast.dump(compile('x = 1  # type: int', 'f', 'single', ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS)))
for src in ['x  # type: int', 'x  # type: ignore', 'x  # other']:
    try:
        print(ast.dump(compile(src, 'f', 'eval', ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS)))
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
