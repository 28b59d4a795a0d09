# return/break/continue interacting with finally.
def a():
    try:
        return 'try'
    finally:
        print('a finally')
def b():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
def c():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
    return 'c'
def d():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
def e():
    while True:
        try:
            return 'never'
        finally:
            break
    return 'after break'
print(a())
print(b())
try:
    print(c())
except KeyError as k:
    print('KeyError', k)
print(d())
print(e())
def counter():
    n = 0
    try:
        n += 1
        try:
            n += 10
            raise ValueError
        finally:
            n += 100
    except ValueError:
        n += 1000
    finally:
        n += 10000
    return n
print(counter())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen cleanup')
g = gen()
print(next(g))
g.close()
print('closed')
def gen_exit():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
g = gen_exit()
next(g)
g.close()
