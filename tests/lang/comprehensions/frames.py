# Frame introspection inside comprehensions: there is no comprehension
# frame, so sys._getframe()/inspect.currentframe() see the enclosing one.
import sys, inspect, traceback

def names_here():
    return [sys._getframe().f_code.co_name for _ in range(1)]

print(names_here())

def caller_name():
    return [sys._getframe(1).f_code.co_name for _ in range(1)]

def calls_caller():
    return caller_name()

print(calls_caller())

def current():
    f = inspect.currentframe()
    return [inspect.currentframe() is f for _ in range(2)]

print(current())

def f_locals_inside():
    a = 1
    return [sorted(sys._getframe().f_locals) for x in range(1)]

print(f_locals_inside())

def stack_depth():
    outside = len(traceback.extract_stack())
    inside = [len(traceback.extract_stack()) for _ in range(1)][0]
    gen = next(len(traceback.extract_stack()) for _ in range(1))
    return inside - outside, gen - outside

print(stack_depth())

def stack_names():
    return [[f.name for f in traceback.extract_stack()][-2:] for _ in range(1)]

print(stack_names())

def f_lineno():
    return [sys._getframe().f_lineno for _ in range(1)]

print(f_lineno())

def recursion_budget(n):
    # comprehensions add no frames, so the depth reached is the same
    if n == 0:
        return 0
    return [recursion_budget(n - 1) for _ in range(1)][0] + 1

print(recursion_budget(50))

def depth_via_comp(n):
    if n == 0:
        return len(inspect.stack(0))
    return [depth_via_comp(n - 1) for _ in range(1)][0]

def depth_plain(n):
    if n == 0:
        return len(inspect.stack(0))
    return depth_plain(n - 1)

print(depth_via_comp(5) == depth_plain(5))

frame_codes = [sys._getframe().f_code.co_name for _ in range(1)]
print(frame_codes)

class K:
    where = [sys._getframe().f_code.co_name for _ in range(1)]
print(K.where)

def co_names():
    return [x for x in range(1)]
print([c for c in co_names.__code__.co_consts if hasattr(c, 'co_name')])
print([type(c).__name__ for c in (lambda: [i for i in ()]).__code__.co_consts if hasattr(c, 'co_name')])
print(sorted(c.co_name for c in (lambda: (i for i in ())).__code__.co_consts if hasattr(c, 'co_name')))
