# ast.dump of match statements and patterns
import ast

src = '''
match command:
    case [x, y, *rest]:
        pass
    case {"k": v, **kw}:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case (1 | 2) as n if n > 0:
        pass
    case None | True | False:
        pass
    case -1 | 1.5 | 2+3j | "s" | b"b":
        pass
    case a.b.c:
        pass
    case [*_]:
        pass
    case {}:
        pass
    case _:
        pass
'''
tree = ast.parse(src)
print(ast.dump(tree, indent=1))
for case in tree.body[0].cases:
    print(type(case.pattern).__name__, case.pattern._fields, case.guard is None)
