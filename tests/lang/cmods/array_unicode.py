import warnings
from array import array
a = array('u', 'hi')
print(a, a.tounicode())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    b = array('u', 'x')
    print(len(w), w[0].category.__name__, str(w[0].message))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        array('u')
    except DeprecationWarning as e:
        print('raised', e)
print(array('u', 'abc').itemsize, array('u', 'abc')[1:])
