x = 1 + \
    2
print(x)
if x == 3 and \
   x > 0:
    print('joined')
y = (1 +
     2 +
     3)
print(y)
z = [
    1,
    2,
]
print(z)
d = {
    'a': 1,  # comment inside brackets
    'b': 2,
}
print(d)
s = 'a' \
    'b'
print(s)
def f(a,
      b):
    return a + b
print(f(1,
        2))
t = \
    5
print(t)
print((lambda:
       'lambda across lines')())
w = [i
     for i in range(3)
     if i]
print(w)
assert x \
    == 3
