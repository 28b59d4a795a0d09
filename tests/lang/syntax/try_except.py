def t(exc):
    try:
        if exc: raise exc
    except ValueError:
        return 'value'
    except (TypeError, KeyError) as e:
        return 'tuple ' + type(e).__name__
    except Exception as e:
        return 'other ' + type(e).__name__
    else:
        return 'else'
    finally:
        print('finally for', exc.__name__ if exc else None)
for e in (None, ValueError, TypeError, KeyError, ZeroDivisionError):
    print(t(e))
try:
    pass
finally:
    print('just finally')
try:
    raise ValueError('x')
except:
    print('bare except')
try:
    try:
        raise KeyError('k')
    except KeyError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    print(type(e.__cause__).__name__, e)
try:
    raise TypeError
except TypeError as e:
    print('no parens', type(e).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print('reraised', e)
try:
    raise ValueError('v') from None
except ValueError as e:
    print(e.__suppress_context__)
def fin():
    try:
        return 'try'
    finally:
        print('cleanup')
print(fin())
assert True
assert 1, 'msg'
try:
    assert 0, 'assert msg'
except AssertionError as e:
    print('AssertionError', e)
