# Loops: while/for with else, break, continue, nested loops, loop variables
def search(items, target):
    for i, v in enumerate(items):
        if v == target:
            break
    else:
        return 'not found'
    return 'found at %d' % i
print(search([1, 2, 3], 2), search([1, 2, 3], 9))

def wloop(n):
    out = []
    i = 0
    while i < n:
        i += 1
        if i % 2 == 0:
            continue
        if i > 7:
            break
        out.append(i)
    else:
        out.append('else')
    return out
print(wloop(5), wloop(20))

def nested():
    res = []
    for i in range(3):
        for j in range(3):
            if j == i:
                continue
            if j > i:
                break
            res.append((i, j))
    return res
print(nested())

def while_walrus():
    data = [3, 2, 1, 0, 5]
    out = []
    while (v := data.pop(0)) != 0:
        out.append(v)
    return out, data
print(while_walrus())

for x in []:
    pass
else:
    print('empty for else')

total = 0
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    total += a * b * c
print(total)

for i in range(3):
    pass
print('i after loop', i)

def early_return_in_nested():
    for i in range(5):
        for j in range(5):
            if i * j == 6:
                return i, j
    return None
print(early_return_in_nested())

def loop_with_try_continue():
    out = []
    for i in range(5):
        try:
            if i == 2:
                raise ValueError
            out.append(i)
        except ValueError:
            continue
        finally:
            out.append('f')
    return out
print(loop_with_try_continue())

def iterate_dict():
    d = {'a': 1, 'b': 2}
    return [k + str(v) for k, v in d.items()]
print(iterate_dict())

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()), [x for x in It()])

def break_from_while_true():
    n = 0
    while True:
        n += 1
        if n == 4:
            break
    return n
print(break_from_while_true())

def for_target_attr_subscript():
    class O: pass
    o = O()
    d = {}
    for o.attr in range(2):
        pass
    for d['k'] in 'xy':
        pass
    return o.attr, d
print(for_target_attr_subscript())

def star_for():
    return [(h, t) for h, *t in ['abc', 'de']]
print(star_for())
for q in 1, 2, *[3]:
    print('q', q)
