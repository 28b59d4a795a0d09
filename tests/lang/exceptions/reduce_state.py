# __reduce__ and __setstate__ of exceptions.
print(ValueError(1).__reduce__())
print(KeyError().__reduce__())
e = TypeError('x', 'y')
e.extra = 3
r = e.__reduce__()
print(r[0].__name__, r[1], r[2])
e2 = r[0](*r[1])
e2.__setstate__(r[2])
print(e2.args, e2.extra)
e3 = ValueError()
e3.__setstate__(None)
try:
    e3.__setstate__(5)
except TypeError as x:
    print('TypeError', x)
e3.__setstate__({'a': 1, 'b': 2})
print(e3.a, e3.b)
print(OSError(2, 'No such file', 'name').__reduce__()[1])
print(StopIteration(4).__reduce__())
