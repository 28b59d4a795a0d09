# Starred expressions in return/yield/subscripts/calls
def ret():
    a = [1, 2]
    return *a, 3
print(ret())

def gen():
    a = 'xy'
    yield *a, 'z'
print(list(gen()))

class S:
    def __getitem__(self, k):
        return k
s = S()
print(s[1, 2], s[1:2, ::3], s[...], s[:, 0], s[()])
print(s[*[1, 2]], s[0, *'ab'])

def call(*a, **k):
    return a, k
print(call(*'ab', *[1], x=1, **{'y': 2}, z=3))
print(call(*(), **{}))
args = (1, 2)
kw = {'c': 3}
print(call(0, *args, b=1, **kw))

def defaults_with_star(a, *rest, last='L'):
    return a, rest, last
print(defaults_with_star(*range(4), last='M'))

print(*[1, 2, 3], sep='-')
print(*'abc')
x = [*'ab', *{'c': 1}, *(i for i in range(2))]
print(x)
d = {**{'a': 1}, 'b': 2, **dict(c=3)}
print(d)
st = {*range(3), 5}
print(sorted(st))
t = *range(2), 
print(t)
