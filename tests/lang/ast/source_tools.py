# ast users working from real source text: inspect.getsource + ast, tokenize of a file
import ast
import inspect
import textwrap
import tokenize


def sample(a, b=2):
    """Add things."""
    total = a + b  # the sum
    return total * 2


class Shape:
    def area(self):
        return 0


src = inspect.getsource(sample)
tree = ast.parse(src)
fn = tree.body[0]
print(fn.name, [a.arg for a in fn.args.args], ast.get_docstring(fn))
print(ast.unparse(fn))
meth = textwrap.dedent(inspect.getsource(Shape.area))
print(ast.dump(ast.parse(meth).body[0], annotate_fields=False))

# rewrite the function: double every constant, then run the new version
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
new = ast.fix_missing_locations(Double().visit(ast.parse(src)))
ns = {}
exec(compile(new, '<doubled>', 'exec'), ns)
print(sample(1), ns['sample'](1))

# every name read in this file's source, and the segments of its functions
with tokenize.open(__file__) as f:
    text = f.read()
print(f.encoding if hasattr(f, 'encoding') else None)
module = ast.parse(text)
funcs = [n for n in module.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))]
for n in funcs:
    seg = ast.get_source_segment(text, n)
    print(n.name, n.lineno, n.end_lineno, len(seg.splitlines()))
names = sorted({n.id for n in ast.walk(module) if isinstance(n, ast.Name)})
print(names[:15])
with open(__file__, 'rb') as fb:
    kinds = {}
    for tok in tokenize.tokenize(fb.readline):
        kinds[tokenize.tok_name[tok.type]] = kinds.get(tokenize.tok_name[tok.type], 0) + 1
print(sorted(kinds.items()))
