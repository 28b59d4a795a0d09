# all() and any().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: all([]))
t(lambda: any([]))
t(lambda: all([1, 2, 3]))
t(lambda: all([1, 0, 3]))
t(lambda: any([0, '', None]))
t(lambda: any([0, 'x']))
t(lambda: all('abc'))
t(lambda: any(x > 2 for x in range(5)))
t(lambda: all(1))
t(lambda: any())
t(lambda: all([], []))
def noisy():
    for i in range(5):
        print('yield', i)
        yield i
t(lambda: any(noisy()))
t(lambda: all(noisy()))
class Bad:
    def __bool__(self):
        raise ValueError('no bool')
t(lambda: all([Bad()]))
t(lambda: any({0: 'a', 1: 'b'}))
