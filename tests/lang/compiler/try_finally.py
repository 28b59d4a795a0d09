# try/except/else/finally, return/break/continue through finally
def f1():
    try:
        return 'try'
    finally:
        print('finally f1')

print(f1())

def f2():
    try:
        return 'try'
    finally:
        return 'finally'

print(f2())

def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print('body', i)
        finally:
            print('fin', i)
    return i

print(f3())

def f4():
    try:
        raise ValueError('boom')
    except ValueError as e:
        print('caught', e)
        return 'ret from except'
    finally:
        print('fin f4')

print(f4())

def f5():
    try:
        try:
            raise KeyError('k')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', repr(e))

f5()

def f6():
    try:
        pass
    except Exception:
        print('no')
    else:
        print('else runs')
    finally:
        print('finally runs')

f6()

def f7():
    try:
        1 / 0
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__)
    try:
        e
    except NameError as ne:
        print('e deleted:', ne)

f7()

def f8():
    while True:
        try:
            try:
                break
            finally:
                print('inner fin')
        finally:
            print('outer fin')
    print('after loop')

f8()

def f9():
    try:
        raise RuntimeError('x')
    finally:
        return 'swallowed'

print(f9())

def f10():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            if i == 1:
                continue
            print('handled', i)
        finally:
            print('f10 fin', i)

f10()

def f11():
    try:
        raise ValueError('orig')
    except ValueError:
        try:
            raise TypeError('second')
        except TypeError as t:
            print('ctx', repr(t.__context__))

f11()

def f12():
    try:
        raise ValueError('a')
    except ValueError:
        raise
try:
    f12()
except ValueError as e:
    print('reraised', e)

def f13():
    try:
        raise KeyError('x')
    except KeyError as e:
        raise RuntimeError('wrapped') from e
try:
    f13()
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)

def f14():
    import sys
    try:
        raise ValueError('v')
    except ValueError:
        print('in handler', type(sys.exception()).__name__)
    print('after', sys.exception())

f14()

def f15():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print('x in finally', x)
print(f15())

def f16():
    out = []
    for i in range(3):
        try:
            out.append(i)
        finally:
            if i == 1:
                break
    return out
print(f16())

def f17():
    try:
        try:
            raise ValueError
        except TypeError:
            print('wrong')
    except ValueError:
        print('propagated past non-matching handler')
f17()

def f18():
    try:
        raise ValueError('bare')
    except:
        print('bare except')
f18()

def nested_return():
    try:
        try:
            return 'inner'
        finally:
            print('n1')
    finally:
        print('n2')
print(nested_return())

def finally_exc_replaces():
    try:
        try:
            raise ValueError('first')
        finally:
            raise TypeError('second')
    except Exception as e:
        print(type(e).__name__, e, type(e.__context__).__name__)
finally_exc_replaces()

def except_name_shadow():
    e = 'before'
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return 'unbound: ' + str(u)
print(except_name_shadow())

def raise_in_else():
    try:
        try:
            pass
        except ValueError:
            print('no')
        else:
            raise KeyError('from else')
    except KeyError as e:
        print('else raised', e)
raise_in_else()

def loop_else():
    for i in range(2):
        pass
    else:
        print('for-else')
    while False:
        pass
    else:
        print('while-else')
    for i in range(5):
        if i == 2:
            break
    else:
        print('not printed')
loop_else()
