# Iteration variables stay isolated: they never leak, and an outer variable
# of the same name is saved and restored.

def leak_check():
    [None for leaked in range(3)]
    try:
        return leaked
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)

print(leak_check())

def shadow_outer():
    x = 'outer'
    r = [x for x in range(3)]
    return x, r

print(shadow_outer())

def shadow_param(x):
    r = [x * 2 for x in range(3)]
    return x, r

print(shadow_param('p'))

def unbound_stays_unbound():
    r = [v for v in range(2)]
    try:
        print(v)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    v = 1
    return r, v

print(unbound_stays_unbound())

def tuple_targets():
    a, b = 'A', 'B'
    r = [(a, b) for a, b in [(1, 2), (3, 4)]]
    return a, b, r

print(tuple_targets())

def starred_targets():
    first, rest = 'f', 'r'
    r = [(first, rest) for first, *rest in ['abc', 'de']]
    return first, rest, r

print(starred_targets())

def nested_same_name():
    i = 'outer i'
    r = [[i for i in range(j)] for j in range(3)]
    r2 = [i for i in range(2) for i in 'ab']
    return i, r, r2

print(nested_same_name())

def inner_uses_outer_target():
    return [[(i, j) for j in range(i)] for i in range(3)]

print(inner_uses_outer_target())

def set_and_dict():
    k = v = 'keep'
    s = {k for k in 'aab'}
    d = {k: v for k, v in zip('ab', 'xy')}
    return k, v, sorted(s), d

print(set_and_dict())

def later_use_same_slot():
    out = []
    for n in range(3):
        out.append([n for n in range(n)])
        out.append(n)
    return out

print(later_use_same_slot())

def deleted_before():
    x = 1
    del x
    r = [x for x in range(2)]
    try:
        return r, x
    except UnboundLocalError as e:
        return r, type(e).__name__

print(deleted_before())

def attribute_and_subscript_targets():
    class NS: pass
    ns = NS()
    d = {}
    r1 = [ns.val for ns.val in range(3)]
    r2 = [d['k'] for d['k'] in 'xy']
    return r1, ns.val, r2, d

print(attribute_and_subscript_targets())

# module level
x = 'module'
[x for x in range(5)]
print(x)
{x: x for x in range(5)}
print(x)
