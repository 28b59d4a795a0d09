# Tracebacks through set and dict comprehensions (inlined) and generator
# expressions (still their own frame, "<genexpr>").
import traceback

def show():
    print(traceback.format_exc().replace(__file__, 'FILE'))

def names(e):
    return [f.name for f in traceback.extract_tb(e.__traceback__)]

def set_comp(items):
    return {i.upper() for i in items}

def dict_key(items):
    return {k[0]: k for k in items}

def dict_value(d):
    return {k: 100 // v for k, v in d.items()}

def gen_exp(items):
    return sum(1 / x for x in items)

def gen_in_list(rows):
    return [sum(1 // c for c in row) for row in rows]

for fn, arg in [(set_comp, ['a', 1]), (dict_key, ['ab', '']), (dict_value, {'a': 5, 'b': 0}),
                (gen_exp, [1, 0]), (gen_in_list, [[1], [1, 0]])]:
    try:
        print(fn.__name__, fn(arg))
    except Exception as e:
        print(type(e).__name__, e)
        show()
        print(names(e))

# unhashable keys / elements
try:
    {x for x in [[1], [2]]}
except TypeError as e:
    print(type(e).__name__, e)
    print(names(e))
try:
    {k: 1 for k in [{}, {}]}
except TypeError as e:
    print(type(e).__name__, e)
    print(names(e))

# unpacking errors in the target
def bad_unpack():
    return {a: b for a, b in [(1, 2), (3,)]}
try:
    bad_unpack()
except ValueError as e:
    print(type(e).__name__, e)
    show()
