# Conditions: short-circuit jumps, not, chained comparisons in tests, assert
def t(v, name):
    print('eval', name)
    return v
if not (t(1, 'a') < t(2, 'b') < t(0, 'c')):
    print('not chain')
if t(0, 'x') or t(1, 'y') and not t(0, 'z'):
    print('complex cond')
while t(False, 'w1') or t(False, 'w2'):
    pass
x = [1, 2, 3]
if (n := len(x)) > 2 and (m := n * 2) > 4:
    print(n, m)
print('yes' if not x else 'no')
print(1 if t(0, 'c1') or t(0, 'c2') else 2)
r = t(1, 'a') and t(0, 'b') or t(3, 'c')
print(r)
assert t(True, 'assert cond'), t('msg', 'never')
try:
    assert t(0, 'fail') and t(1, 'x'), 'failed %d' % 5
except AssertionError as e:
    print(e)
def ff(a, b):
    return not a == b, not a is b, not a in [b], a is not b
print(ff(1, 1), ff(1, 2))
z = 5
print(z if z > 3 else -z if z > 0 else 0)
print([i for i in range(10) if not i % 2 and i or i == 9])
print(any(not v for v in [1, 0]), all(v and True for v in [1, 2]))
e = None
print(e is None and 'none' or 'other')
for i in range(3):
    if i == 0 or not i - 2:
        print('branch', i)
    elif i:
        print('elif', i)
    else:
        print('else')
print(not not [], not not [0])
print(True and False or True and not False)
