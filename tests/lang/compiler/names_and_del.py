# del, global/nonlocal stores, name resolution corner cases
a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)

def del_global():
    global gx
    gx = 5
    del gx
    try:
        gx
    except NameError as e:
        print('global deleted:', e)
del_global()

lst = [1, 2, 3, 4]
del lst[0]
del lst[-1:]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class O: pass
o = O()
o.x = 1
del o.x
print(hasattr(o, 'x'))
try:
    del o.y
except AttributeError as e:
    print(type(e).__name__)
x, y = 1, 2
del (x, y)
try:
    x
except NameError:
    print('x gone')

def del_nonexisting():
    try:
        del undefined_local_q
    except NameError as e:
        print(type(e).__name__, e)
    undefined_local_q = 1
del_nonexisting()

def del_in_loop():
    for i in range(2):
        v = i
        del v
    return 'ok'
print(del_in_loop())

def nonlocal_del():
    x = 1
    def inner():
        nonlocal x
        del x
    inner()
    try:
        return x
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(nonlocal_del())

print(__name__, type(__builtins__).__name__ in ('module', 'dict'))
__debug__
print(__debug__)

def builtin_override():
    global len
    len = lambda x: 'patched'
    r = len([1])
    del len
    return r, len([1])
print(builtin_override())

def assign_then_global_read():
    global late
    late = 'late'
print('late' in globals())
assign_then_global_read()
print(late)

def locals_snapshot():
    a = 1
    b = 2
    return sorted(locals())
print(locals_snapshot())

class K:
    v = 1
    def m(self):
        return v if 'v' in globals() else 'no global v'
print(K().m())

def shadow_param(len):
    return len
print(shadow_param(5))
