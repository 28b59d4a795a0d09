# Combinations of loops, try/except/finally, with and generators
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('  enter', self.n); return self
    def __exit__(self, t, v, tb):
        print('  exit', self.n, t.__name__ if t else None)
        return False

def combo1():
    for i in range(3):
        with CM(i):
            try:
                if i == 0:
                    continue
                if i == 1:
                    raise ValueError(i)
                return 'returned at %d' % i
            except ValueError:
                print('  handled', i)
            finally:
                print('  finally', i)
    return 'end'
print(combo1())

def combo2():
    out = []
    i = 0
    while True:
        i += 1
        try:
            try:
                if i == 3:
                    break
                if i % 2:
                    continue
                out.append(i)
            finally:
                out.append('inner-f%d' % i)
        finally:
            out.append('outer-f%d' % i)
    return out
print(combo2())

def combo3():
    def g():
        for i in range(3):
            try:
                with CM('g%d' % i):
                    yield i
            finally:
                print('  gen finally', i)
    gen = g()
    res = [next(gen), next(gen)]
    gen.close()
    return res
print(combo3())

def combo4():
    try:
        for i in range(3):
            try:
                raise KeyError(i)
            except KeyError as e:
                if i == 1:
                    raise RuntimeError('from loop') from e
    except RuntimeError as e:
        return str(e), repr(e.__cause__)
print(combo4())

def combo5():
    results = []
    for i in range(4):
        try:
            match i:
                case 0:
                    continue
                case 1:
                    results.append('one')
                case 2:
                    break
        finally:
            results.append('f%d' % i)
    return results
print(combo5())

def combo6():
    try:
        return 'try'
    finally:
        try:
            raise ValueError
        except ValueError:
            print('  exception in finally handled')
print(combo6())

def combo7(n):
    for i in range(n):
        try:
            pass
        finally:
            if i == 1:
                return 'finally return at 1'
    else:
        return 'loop else'
print(combo7(1), combo7(3))

def combo8():
    acc = []
    for a in range(2):
        for b in range(3):
            with CM('%d%d' % (a, b)):
                if b == 1:
                    break
                acc.append((a, b))
    return acc
print(combo8())

def combo9():
    try:
        try:
            raise ValueError('inner')
        except ValueError:
            raise TypeError('replacement')
        finally:
            print('  finally after replacement')
    except TypeError as e:
        return repr(e), repr(e.__context__)
print(combo9())

def combo10():
    try:
        with CM('x'):
            return 'with-return'
    finally:
        print('  outer finally')
print(combo10())
