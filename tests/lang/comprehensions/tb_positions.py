# Where tracebacks point inside inlined comprehensions: the failing
# sub-expression, the iterable for iteration errors, the element for
# unhashable set/dict entries, the target for unpacking errors.
import traceback

d = {}
def gen():
    yield 1
    raise KeyError('gen')
def f(x):
    return 1 / 0

def show(fn):
    try:
        fn()
    except Exception as e:
        text = ''.join(traceback.format_exception(e)).replace(__file__, 'FILE')
        print(text[text.index('  File', text.index('  File') + 1):])

def case0():
    return [x for x in 5]

def case1():
    return [x for y in [1] for x in y]

def case2():
    return {x for x in [[1]]}

def case3():
    return {k: 1 for k in [[1]]}

def case4():
    return {1: v for k in [[1]] for v in [k] if {}[k[0]]}

def case5():
    return [a for a, b in [(1,)]]

def case6():
    return [a for a, b in [(1, 2, 3)]]

def case7():
    return [a for (a, b), c in [((1,), 2)]]

def case8():
    return [x.y for x in [1]]

def case9():
    return [x for x in [1] if x.y]

def case10():
    return [x for x in gen()]

def case11():
    return [(x,
      1 / 0) for x in [1]]

def case12():
    return [x
     for x
     in 5]

def case13():
    return {x:
      y for x in [1] for y in
      7}

def case14():
    return [[1 / 0 for y in [1]] for x in [1]]

def case15():
    return [f(x) for x in [1]]

def case16():
    return [x for x in [1] for y in gen()]

def case17():
    return {str(x): x + 'a' for x in [1]}

def case18():
    return [d[x] for x in [1]]

def case19():
    return [x for x in [1] if d[x]]

def case20():
    return [(lambda: 1 / 0)() for x in [1]]

def case21():
    return list(1 / 0 for x in [1])

def case22():
    return [x for x in list(1 / 0 for y in [1])]

for fn in [case0, case1, case2, case3, case4, case5, case6, case7, case8, case9, case10, case11, case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]:
    show(fn)
