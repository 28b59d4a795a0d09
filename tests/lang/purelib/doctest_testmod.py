"""Module docstring with a test.

>>> 1 + 1
2
"""
import doctest, io, sys, os

def capture(fn, *a, **k):
    old = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        r = fn(*a, **k)
    finally:
        sys.stdout = old
    return r, clean(buf.getvalue().replace(__file__, 'FILE'))

def clean(text):
    # Drop the traceback frame of doctest's own runner (its path and source
    # layout are the implementation's, not the test's).
    out = []
    skip_indent = None
    for line in text.split('\n'):
        indent = len(line) - len(line.lstrip())
        if skip_indent is not None:
            if indent > skip_indent and not line.lstrip().startswith('File '):
                continue
            skip_indent = None
        if 'doctest.py", line ' in line:
            skip_indent = indent
            continue
        out.append(line)
    return '\n'.join(out)

def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> square(2)   # wrong on purpose
    5
    >>> print('a\\n\\nb')
    a
    <BLANKLINE>
    b
    >>> square('x')
    Traceback (most recent call last):
      ...
    TypeError: can't multiply sequence by non-int of type 'str'
    >>> square(None)
    Traceback (most recent call last):
    ValueError: wrong type expected
    >>> x = 10
    >>> x
    10
    >>> for i in range(3):
    ...     print(i)
    0
    1
    2
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print('  lots   of    space ')  # doctest: +NORMALIZE_WHITESPACE
    lots of space
    >>> True
    1
    >>> undefined_name
    Traceback (most recent call last):
    NameError: name 'undefined_name' is not defined
    >>> raise ValueError('detail differs')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else
    >>> 1/0  # doctest: +SKIP
    nothing
    >>> print('no output expected')
    """
    return x * x

class Thing:
    """A class.

    >>> Thing().value()
    42
    """
    def value(self):
        """
        >>> Thing().value() + 1
        43
        """
        return 42

    @staticmethod
    def stat():
        """
        >>> Thing.stat()
        'static'
        """
        return 'static'

    @property
    def prop(self):
        """
        >>> Thing().prop
        'wrong'
        """
        return 'prop'

def nodoc():
    pass

def emptydoc():
    """No examples here."""

__test__ = {'extra': """
>>> 'from __test__'
'from __test__'
"""}

r, out = capture(doctest.testmod)
print(r)
print(out)
r, out = capture(doctest.testmod, verbose=True)
print(r)
print(out)
r, out = capture(doctest.testmod, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print(r)
print(out)
r, out = capture(doctest.testmod, exclude_empty=True, report=False)
print(r, repr(out[:200]))

def g():
    """
    >>> a
    1
    >>> a = 2
    >>> print(a, b)
    2 3
    """
r, out = capture(doctest.run_docstring_examples, g, {'a': 1, 'b': 3}, name='g')
print(r, repr(out))
r, out = capture(doctest.run_docstring_examples, g, {'a': 5, 'b': 3}, name='g2')
print(out)
r, out = capture(doctest.run_docstring_examples, g, {'a': 1, 'b': 3}, verbose=True, name='gv')
print(out)
try:
    doctest.testmod(5)
except TypeError as e:
    print('TypeError', e)
