# try / except / else / finally control flow.
def f(kind):
    log = []
    try:
        log.append('try')
        if kind == 'value':
            raise ValueError('v')
        if kind == 'key':
            raise KeyError('k')
        if kind == 'return':
            return log + ['returned']
    except ValueError as e:
        log.append('except ValueError %s' % e)
    except (KeyError, IndexError) as e:
        log.append('except tuple %r' % e)
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log
for k in ['none', 'value', 'key', 'return']:
    print(k, f(k))
def g():
    try:
        raise TypeError('t')
    except ValueError:
        return 'wrong'
    finally:
        print('g finally')
try:
    g()
except TypeError as e:
    print('propagated', e)
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print('body', i)
        finally:
            print('finally', i)
    return 'h done'
print(h())
def nested():
    try:
        try:
            raise ValueError('inner')
        except TypeError:
            print('no')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer caught', e)
    else:
        print('no else')
nested()
def exc_var_deleted():
    try:
        raise ValueError()
    except ValueError as e:
        pass
    try:
        e
    except NameError as x:
        print('NameError', type(x).__name__)
    except UnboundLocalError as x:
        print('unbound', x)
exc_var_deleted()
try:
    raise ValueError
except ValueError as e:
    print('class raised', repr(e))
try:
    raise 5
except TypeError as e:
    print('TypeError', e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print('TypeError', e)
try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print('TypeError', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
def bare_reraise():
    try:
        raise IndexError('idx')
    except IndexError:
        raise
try:
    bare_reraise()
except IndexError as e:
    print('reraised', e)
