x = 'global'
def f():
    global x
    x = 'changed'
f(); print(x)
def outer():
    y = 1
    def inner():
        nonlocal y
        y += 1
        return y
    inner(); inner()
    return y
print(outer())
def multi():
    global a, b
    a, b = 1, 2
multi(); print(a, b)
def counter():
    n = 0
    def inc():
        nonlocal n; n += 1; return n
    return inc
c = counter(); c(); print(c())
def deep():
    v = 0
    def l1():
        def l2():
            nonlocal v
            v = 'deep'
        l2()
    l1()
    return v
print(deep())
