for v in (0, 1, 2):
    print('zero' if v == 0 else 'one' if v == 1 else 'many')
print(1 if True else 2, 1 if False else 2)
print((1 if 0 else 2) * 3, 1 if 0 else 2 * 3)
print([x if x % 2 else -x for x in range(4)])
print(((lambda: 1) if 0 else (lambda: 2))())
print((lambda v: 'a' if v else 'b')(0))
x = 5
r = 'pos' if x > 0 else 'neg' if x < 0 else 'zero'
print(r)
print(not 1 if 1 else 2, (not 1) if 1 else 2)
print(1 or 2 if 0 else 3, 0 and 1 if 1 else 2)
def f(): return 'f'
print(f() if f else None)
