# add_note() and __notes__.
e = ValueError('v')
print(hasattr(e, '__notes__'))
e.add_note('first')
e.add_note('second')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as x:
    print('TypeError', x)
e.__notes__ = ('t',)
try:
    e.add_note('x')
except TypeError as x:
    print('TypeError', x)
del e.__notes__
e.add_note('again')
print(e.__notes__)
try:
    try:
        raise KeyError('k')
    except KeyError as k:
        k.add_note('context info')
        raise
except KeyError as k:
    print(k.__notes__, k)
print(ValueError().__dict__)
