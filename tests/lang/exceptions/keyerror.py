# KeyError's str() is the repr of its single argument.
for args in [(), ('a',), (1,), ((1, 2),), ('a', 'b'), (None,), ('',), ("it's",)]:
    e = KeyError(*args)
    print(repr(str(e)), repr(e))
d = {}
try:
    d['missing']
except KeyError as e:
    print('caught', e, repr(e), e.args)
try:
    d[(1, 2)]
except KeyError as e:
    print('caught', e, e.args)
try:
    {}.pop('x')
except KeyError as e:
    print('pop', e)
try:
    set().remove(3)
except KeyError as e:
    print('set', e)
try:
    raise KeyError
except LookupError as e:
    print('lookup', repr(e), type(e).__name__)
