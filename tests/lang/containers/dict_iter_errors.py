def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def grow():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
t(grow)
def shrink():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
t(shrink)
def keys_changed():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 100] = 0
    return seen
t(keys_changed)
def value_change_ok():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = k * 10
    return d
t(value_change_ok)
def views_grow():
    d = {1: 1}
    for v in d.values():
        d[5] = 5
t(views_grow)
def items_grow():
    d = {1: 1}
    for v in d.items():
        d.pop(1)
t(items_grow)
def sticky():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d[3] = 3
    out = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            out.append(str(e))
    return out
t(sticky)
def reversed_grow():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d[9] = 9
t(reversed_grow)
def set_grow():
    s = {1, 2}
    for x in s:
        s.add(x + 10)
t(set_grow)
def set_same_size():
    s = {1, 2, 3}
    out = []
    for x in s:
        out.append(x)
        if x == 1:
            s.discard(1)
            s.add(100)
    return out
t(set_same_size)
def list_mutation_ok():
    l = [1, 2, 3]
    out = []
    for x in l:
        out.append(x)
        if len(l) < 6:
            l.append(x * 10)
    return out
t(list_mutation_ok)
def list_remove_during():
    l = [1, 2, 3, 4]
    for x in l:
        l.remove(x)
    return l
t(list_remove_during)
def clear_during():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d.clear()
    return list(it)
t(clear_during)
def exhausted_then_grow():
    d = {1: 1}
    it = iter(d)
    list(it)
    d[2] = 2
    return list(it)
t(exhausted_then_grow)
