pass
x = 1; del x
try:
    x
except NameError as e:
    print('deleted:', e)
a, b, c = 1, 2, 3
del a, b
print('c' in dir(), 'a' in dir())
l = [1, 2, 3, 4]
del l[0], l[-1]
print(l)
class O: pass
o = O(); o.x = 1; o.y = 2
del o.x, (o.y)
print(hasattr(o, 'x'), hasattr(o, 'y'))
d = {'k': 1, 'j': 2}
del [d['k']], (d['j'],)
print(d)
for i in range(5):
    if i == 1: continue
    if i == 3: break
    print('loop', i)
else:
    print('not reached')
while False: pass
else: print('while else')
n = 0
while True:
    n += 1
    if n > 2: break
print(n)
print(None, True, False, ..., Ellipsis is ...)
def f(): return
print(f(), (lambda: None)())
import sys as system, os.path as osp
from os import path as p2, sep
print(system.__name__, osp is p2, type(sep).__name__)
from sys import (
    version_info,
    maxsize,
)
print(type(maxsize).__name__)
