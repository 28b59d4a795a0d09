# More exception handling
def f(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except ArithmeticError:
        return 'arith'
    except Exception as e:
        return 'other ' + type(e).__name__
    finally:
        print('finally for', exc.__name__ if isinstance(exc, type) else type(exc).__name__)
for e in [KeyError, IndexError('i'), ZeroDivisionError, ValueError('v')]:
    print(f(e))

def dynamic_except():
    types = (TypeError,)
    try:
        int(None)
    except types as e:
        return 'dyn ' + type(e).__name__
print(dynamic_except())

def bad_except_type():
    try:
        try:
            raise ValueError
        except 42:
            pass
    except TypeError as e:
        return str(e)
print(bad_except_type())

def chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError('during handling')
    except ValueError as e:
        return type(e.__context__).__name__, e.__cause__, e.__suppress_context__
print(chain())

def from_none():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError('x') from None
    except ValueError as e:
        return e.__cause__, e.__suppress_context__, type(e.__context__).__name__
print(from_none())

def reraise_in_finally():
    try:
        try:
            raise KeyError('a')
        finally:
            print('finally before propagate')
    except KeyError as e:
        return 'got ' + repr(e)
print(reraise_in_finally())

def nested_handlers():
    log = []
    try:
        try:
            raise TypeError('t')
        except TypeError:
            log.append('inner')
            try:
                raise ValueError('v')
            except ValueError:
                log.append('innermost')
            log.append('back in inner')
            raise
    except TypeError as e:
        log.append('outer ' + str(e))
    return log
print(nested_handlers())

def exc_info_restored():
    import sys
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise ValueError('inner')
        except ValueError:
            pass
        return repr(sys.exception())
print(exc_info_restored())

class MyErr(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
try:
    raise MyErr(7)
except MyErr as e:
    print(e, e.code, e.args)

def raise_class():
    try:
        raise StopIteration
    except StopIteration as e:
        return type(e).__name__, e.args
print(raise_class())

def bare_raise_no_active():
    try:
        raise
    except RuntimeError as e:
        return str(e)
print(bare_raise_no_active())

def raise_non_exception():
    try:
        raise 5
    except TypeError as e:
        return str(e)
print(raise_non_exception())

def finally_return_overrides_exception():
    for i in range(2):
        try:
            raise ValueError
        finally:
            if i == 0:
                continue
            return 'returned on %d' % i
print(finally_return_overrides_exception())

def try_else_finally_order():
    log = []
    try:
        log.append('try')
    except Exception:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(try_else_finally_order())

def exception_var_scope():
    try:
        raise ValueError('scoped')
    except ValueError as err:
        saved = err
    return saved, 'err' in locals()
print(exception_var_scope())

def assert_tests():
    out = []
    try:
        assert 1 == 2, 'values differ'
    except AssertionError as e:
        out.append(str(e))
    try:
        assert False
    except AssertionError as e:
        out.append(repr(e))
    assert True, 'never'
    return out
print(assert_tests())

def deep_finally_count():
    count = 0
    for i in range(3):
        try:
            try:
                if i == 1:
                    break
            finally:
                count += 10
        finally:
            count += 1
    return count
print(deep_finally_count())
