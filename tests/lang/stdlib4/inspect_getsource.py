# getsource/getsourcelines/getcomments on a support module: multi-line
# decorators, continuation lines, strings that look like code, nested defs.
import inspect
import _inspect_srcmod as m

for o in [m.Decorated, m.Decorated.method, m.outer(), m.coro, m.WithDoc, m.WithDoc.m, m.with_strings, m.last, m.outer]:
    lines, n = inspect.getsourcelines(o)
    print(n, repr("".join(lines)))
print(inspect.getcomments(m.last), inspect.getcomments(m), repr(inspect.getcomments(m.Decorated)))
print(inspect.getsourcefile(m).endswith("_inspect_srcmod.py"), inspect.getmodule(m.Decorated) is m)
print(len(inspect.getsource(m).splitlines()), inspect.getsourcelines(m)[1])
