def f1():
    try:
        return "try"
    finally:
        print("finally runs")
print(f1())

def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())

def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(f3())

def f4():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        print("f4 finally")
print(f4())

def f5():
    try:
        pass
    except Exception:
        print("never")
    else:
        print("else")
    finally:
        print("finally")
f5()

def f6(x):
    try:
        if x:
            raise KeyError(x)
        return "no error"
    except KeyError as e:
        return f"caught {e}"
print(f6(0), f6(5))

def f7():
    try:
        try:
            raise ValueError("a")
        except TypeError:
            print("wrong")
    except ValueError as e:
        print("outer caught", e)
f7()

def f8():
    try:
        raise ValueError("x")
    except (TypeError, ValueError) as e:
        print("tuple caught", type(e).__name__)
    try:
        raise IndexError
    except LookupError:
        print("base caught")
f8()

def f9():
    e = None
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        print(e)
    except UnboundLocalError as err:
        print("UnboundLocalError", err)
f9()

def f10():
    results = []
    for i in range(3):
        try:
            try:
                if i == 0:
                    raise ValueError
                elif i == 1:
                    raise TypeError
            finally:
                results.append(("inner-fin", i))
        except ValueError:
            results.append("V")
        except TypeError:
            results.append("T")
        else:
            results.append("none")
    return results
print(f10())

def f11():
    while True:
        try:
            return "from loop"
        finally:
            print("loop finally")
print(f11())

def f12():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise
        except ZeroDivisionError as e:
            return "reraised " + type(e).__name__
print(f12())

def f13():
    try:
        raise
    except RuntimeError as e:
        return str(e)
print(f13())

def f14():
    class E(Exception):
        pass
    try:
        raise E("custom")
    except Exception as e:
        return type(e).__name__, e.args
print(f14())

def f15():
    try:
        raise ValueError("x")
    except 5:
        pass
try:
    f15()
except TypeError as e:
    print("TypeError", e)

def f16():
    try:
        raise ValueError("x")
    except (ValueError, 5):
        return "matched first"
try:
    print(f16())
except TypeError as e:
    print("TypeError", e)

def f17():
    try:
        raise KeyError
    except (ValueError, 5):
        return "no"
try:
    f17()
except TypeError as e:
    print("TypeError", e)

def f18():
    try:
        raise 42
    except TypeError as e:
        return str(e)
print(f18())

def f19():
    class NotExc:
        pass
    try:
        raise NotExc
    except TypeError as e:
        return str(e)
print(f19())

def f20():
    try:
        raise ValueError
    except ValueError as e:
        return repr(e), e.args
print(f20())

def f21():
    count = 0
    while count < 3:
        try:
            count += 1
            if count < 3:
                continue
        finally:
            print("iteration", count)
    else:
        print("while else")
f21()
