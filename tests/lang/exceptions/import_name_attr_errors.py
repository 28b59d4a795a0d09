# ImportError / AttributeError / NameError: keyword attributes and messages.
e = ImportError('cannot import', name='mod', path='/p/mod.py')
print(e, e.msg, e.name, e.path, e.args)
print(repr(ImportError()), ImportError().msg, ImportError().name)
print(str(ImportError(1, 2)), ImportError(1, 2).msg)
try:
    ImportError('x', foo=1)
except TypeError as x:
    print('TypeError', x)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name_xyz
except ImportError as e:
    print(type(e).__name__, e.name)
e = AttributeError('msg', name='n', obj=42)
print(e, e.name, e.obj, e.args)
print(AttributeError('x').name, AttributeError('x').obj)
try:
    AttributeError('x', nope=1)
except TypeError as x:
    print('TypeError', x)
try:
    (1).foo
except AttributeError as e:
    print(e, e.name, e.obj)
class C:
    pass
try:
    C().missing
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
try:
    C.missing
except AttributeError as e:
    print(e)
e = NameError('m', name='q')
print(e, e.name)
try:
    undefined_name_xyz
except NameError as e:
    print(e, e.name)
def f():
    print(local_var)
    local_var = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
