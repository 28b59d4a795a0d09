# compile() modes exec / eval / single and code object details
code = compile('1 + 2', '<e>', 'eval')
print(eval(code))
print(eval('x * 2', {'x': 21}))
ns = {}
exec('a = 1\nb = a + 1\ndef f():\n    return a + b\n', ns)
print(ns['a'], ns['b'], ns['f']())
exec(compile('print("exec mode")', '<x>', 'exec'))
import sys
single = compile('40 + 2\n', '<s>', 'single')
exec(single)
exec(compile('None\n', '<s>', 'single'))
exec(compile('x = 5\n', '<s>', 'single'))
exec(compile('if 1:\n    7\n', '<s>', 'single'))
c = compile('def foo(a, b=1, *c, d, **e):\n    "doc"\n    x = a\n    return x\n', '<f>', 'exec')
g = {}
exec(c, g)
fc = g['foo'].__code__
print(fc.co_name, fc.co_argcount, fc.co_kwonlyargcount, fc.co_posonlyargcount)
print(fc.co_varnames, fc.co_flags & 0x4 != 0, fc.co_flags & 0x8 != 0)
print(g['foo'].__doc__)
def outer():
    v = 1
    def inner():
        return v
    return inner
print(outer.__code__.co_cellvars, outer().__code__.co_freevars)
loc = {}
exec('import sys as _s\nr = _s is not None', {}, loc)
print(loc['r'])
print(eval('[i for i in range(3)]'))
print(eval('(lambda q: q + 1)(1)'))
try:
    eval('1 +')
except SyntaxError as e:
    print(type(e).__name__)
try:
    compile('return', '<r>', 'exec')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
class K:
    exec('z = 3')
print(K.z if hasattr(K, 'z') else 'no z')
glob = {'__builtins__': __builtins__}
exec('def gf():\n    global gv\n    gv = 9\ngf()', glob)
print(glob['gv'])
