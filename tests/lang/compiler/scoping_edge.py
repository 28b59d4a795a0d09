# Scoping edge cases
def default_sees_enclosing():
    v = 'enclosing'
    def f(a=v):
        return a
    v = 'changed'
    return f()
print(default_sees_enclosing())

class ClassDefaults:
    val = 'class val'
    def m(self, a=val):
        return a
print(ClassDefaults().m())

class ClassLambdaDefault:
    n = 5
    f = staticmethod(lambda x=n: x)
print(ClassLambdaDefault.f())

class ComprehensionFirstIterable:
    data = [1, 2, 3]
    squares = [d * d for d in data]
    try:
        bad = [d * factor for d in data for factor in data]
    except NameError as e:
        err = str(e)
print(ComprehensionFirstIterable.squares, ComprehensionFirstIterable.bad)

def func_attr_vs_local():
    def f():
        return f.attr
    f.attr = 'attribute'
    return f()
print(func_attr_vs_local())

def name_conflict_param_and_inner():
    def inner(x):
        return x
    x = 'outer'
    return inner('param')
print(name_conflict_param_and_inner())

def conditional_local(flag):
    if flag:
        value = 'set'
    try:
        return value
    except UnboundLocalError as e:
        return 'unbound'
print(conditional_local(True), conditional_local(False))

def global_read_before_local_in_nested():
    def inner():
        try:
            print(shadow)
        except UnboundLocalError:
            return 'unbound in inner'
        shadow = 1
    return inner()
shadow = 'global shadow'
print(global_read_before_local_in_nested())

def exec_does_not_create_locals():
    exec('newvar = 1')
    try:
        return newvar
    except NameError:
        return 'NameError as expected'
print(exec_does_not_create_locals())

def closure_over_loop_var_in_class():
    classes = []
    for i in range(2):
        class C:
            val = i
            def get(self):
                return i
        classes.append(C)
    return [(c.val, c().get()) for c in classes]
print(closure_over_loop_var_in_class())

def except_var_not_leaking_to_closure():
    try:
        raise ValueError('v')
    except ValueError as err:
        f = lambda: err
        captured = f()
    try:
        f()
    except NameError as e:
        return repr(captured), type(e).__name__
print(except_var_not_leaking_to_closure())

import_inside = None
def import_binds_local():
    import sys as import_inside
    return type(import_inside).__name__
print(import_binds_local(), import_inside)

def class_name_not_visible_in_its_body():
    class Early:
        try:
            ref = Early
        except NameError:
            ref = 'not yet defined'
    return Early.ref
print(class_name_not_visible_in_its_body())

def recursive_inner():
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib(15)
print(recursive_inner())
