# Operators between builtins and subclasses overriding reflected methods.
class RStr(str):
    def __radd__(self, other):
        return 'RStr.__radd__(%s)' % other
    def __add__(self, other):
        return 'RStr.__add__(%s)' % other
print('a' + RStr('b'), RStr('b') + 'a', RStr('x') + RStr('y'))
class RList(list):
    def __radd__(self, other):
        return 'RList.__radd__'
print([1] + RList([2]), RList([2]) + [1], type(RList([2]) + [1]).__name__)
class RInt(int):
    def __rmul__(self, other):
        return 'RInt.__rmul__'
    def __rtruediv__(self, other):
        return 'RInt.__rtruediv__'
print(3 * RInt(2), RInt(2) * 3, 1 / RInt(2), RInt(4) / 2, 1.5 * RInt(2))
class RFloat(float):
    def __rsub__(self, o): return 'RFloat.__rsub__'
print(1 - RFloat(2), 1.0 - RFloat(2), RFloat(2) - 1)
class RTuple(tuple):
    def __rmul__(self, o): return 'RTuple.__rmul__'
print(2 * RTuple((1,)), RTuple((1,)) * 2)
class Cmp(int):
    def __eq__(self, o): return 'Cmp.__eq__'
    def __lt__(self, o): return 'Cmp.__lt__'
    def __gt__(self, o): return 'Cmp.__gt__'
    __hash__ = int.__hash__
print(1 == Cmp(1), Cmp(1) == 1, 1 < Cmp(2), 1 > Cmp(2), Cmp(1) < 5)
class DictSub(dict):
    def __or__(self, o): return 'DictSub.__or__'
    def __ror__(self, o): return 'DictSub.__ror__'
print({} | DictSub(), DictSub() | {})
class SetSub(set):
    def __rand__(self, o): return 'SetSub.__rand__'
print({1} & SetSub({1}), SetSub({1}) & {1})
class StrMod(str):
    def __rmod__(self, o): return 'StrMod.__rmod__'
print('%s' % StrMod('x'), 5 % StrMod('y'))
class BoolSub(int):
    def __bool__(self): return not int(self)
print(bool(BoolSub(0)), bool(BoolSub(5)), not BoolSub(0))
class InPlaceList(list):
    def __iadd__(self, o):
        return 'custom iadd'
x = InPlaceList([1])
x += [2]
print(x)
y = [1]
y += InPlaceList([3])
print(y, type(y).__name__)
class ContainsList(list):
    def __contains__(self, item): return 'yes' if item == 'magic' else False
print('magic' in ContainsList(), 1 in ContainsList([1]))
class LenStr(str):
    def __len__(self): return 100
print(len(LenStr('ab')), bool(LenStr('')), LenStr('ab').upper())
