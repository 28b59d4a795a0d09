for c in ([], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), '', 'a', {}.keys(), {1: 1}.values(), {1: 1}.items()):
    print(type(c).__name__, bool(c), len(c), not c)
print(len(range(0, 100, 7)), len(range(10, 0, -1)), len(range(5, 5)), len([[]]), len(((),)), len({(): ()}))
print(bool([[]]), bool([None]), bool(({},)), any([[], (), 0]), all([[1], (1,), {1}]))
l = [1, 2, 3]
if l:
    print('nonempty')
while l:
    l.pop()
print('empty', l)
class L(list):
    def __bool__(self):
        return True
print(bool(L()), len(L()))
class Z:
    def __len__(self):
        return 0
print(bool(Z()))
