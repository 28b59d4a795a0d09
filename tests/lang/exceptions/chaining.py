# __context__, __cause__, __suppress_context__ and raise ... from ...
def show(e):
    print(type(e).__name__, e, '| context:', repr(e.__context__), '| cause:', repr(e.__cause__),
          '| suppress:', e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during')
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('from') from z
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('none') from None
except ValueError as e:
    show(e)
try:
    raise KeyError('k') from TypeError('t')
except KeyError as e:
    show(e)
try:
    raise KeyError('k') from TypeError
except KeyError as e:
    show(e)
try:
    raise ValueError from 1
except TypeError as e:
    print('TypeError', e)
e = ValueError()
show(e)
e.__cause__ = KeyError()
show(e)
e.__suppress_context__ = False
show(e)
e.__cause__ = None
e.__context__ = OSError()
show(e)
for attr, val in [('__cause__', 1), ('__context__', 'x'), ('__traceback__', 3)]:
    try:
        setattr(e, attr, val)
    except TypeError as x:
        print('TypeError', attr, x)
try:
    del e.__cause__
except TypeError as x:
    print('TypeError', x)
# re-raising in a nested handler keeps the original context
try:
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError:
            pass
        raise
except ValueError as e:
    show(e)
# context is not set to itself
try:
    try:
        raise ValueError('same')
    except ValueError as v:
        raise v
except ValueError as e:
    show(e)
# chain through finally
try:
    try:
        raise ValueError('first')
    finally:
        try:
            raise TypeError('second')
        except TypeError as t:
            show(t)
except ValueError as e:
    show(e)
