# What the builtins module contains, and what kind of object each name is.
import builtins
expected_funcs = ['abs', 'aiter', 'all', 'anext', 'any', 'ascii', 'bin', 'breakpoint', 'callable',
                  'chr', 'compile', 'delattr', 'dir', 'divmod', 'eval', 'exec', 'format', 'getattr',
                  'globals', 'hasattr', 'hash', 'hex', 'id', 'input', 'isinstance', 'issubclass',
                  'iter', 'len', 'locals', 'max', 'min', 'next', 'oct', 'ord', 'pow', 'print', 'repr',
                  'round', 'setattr', 'sorted', 'sum', 'vars', '__build_class__', '__import__', 'open']
for n in expected_funcs:
    f = getattr(builtins, n)
    print(n, type(f).__name__, f.__name__, callable(f))
types = ['bool', 'bytearray', 'bytes', 'classmethod', 'complex', 'dict', 'enumerate', 'filter',
         'float', 'frozenset', 'int', 'list', 'map', 'memoryview', 'object', 'property', 'range',
         'reversed', 'set', 'slice', 'staticmethod', 'str', 'super', 'tuple', 'type', 'zip']
for n in types:
    print(n, isinstance(getattr(builtins, n), type), getattr(builtins, n).__name__)
print(builtins.None is None, builtins.Ellipsis is ..., builtins.NotImplemented is NotImplemented)
print(builtins.True is True, builtins.False is False, __debug__)
print(builtins.__name__, type(builtins).__name__, repr(builtins))
print(__builtins__ is builtins or __builtins__ is builtins.__dict__)
print(len.__module__, abs.__self__ is builtins)
print(builtins.print.__doc__.splitlines()[0][:20])
builtins.my_global_helper = lambda: 'visible everywhere'
print(my_global_helper())
del builtins.my_global_helper
try:
    my_global_helper
except NameError as e:
    print('NameError', e)
