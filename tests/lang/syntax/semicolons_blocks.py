a = 1; b = 2; c = a + b; print(c)
if a: print('one-line if'); print('second')
for i in range(2): print('for', i); print('again')
while a: a -= 1; print('while body')
def f(): return 'one-line def'
print(f())
class K: x = 1; y = 2
print(K.x + K.y)
if 0: pass
elif 1: print('elif one-line')
else: pass
try: 1 / 0
except ZeroDivisionError: print('caught one-line')
finally: print('finally one-line')
with open(__file__) as fh: print(len(fh.readline()) > 0)
x = 1;
print(x);
if True:
    pass; pass
    y = 2;
print(y)
