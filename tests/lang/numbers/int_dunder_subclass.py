import math
class I(int):
    def __int__(self):
        return 42
    def __floor__(self):
        return 'floor!'
    def __trunc__(self):
        return 'trunc!'
class F(float):
    def __floor__(self):
        return 'ffloor'
    def __int__(self):
        return 7
print(int(I(3)), math.floor(I(3)), math.ceil(I(3)), math.trunc(I(3)), math.floor(F(2.5)), math.ceil(F(2.5)), int(F(2.5)), math.trunc(F(2.5)))
print(math.floor(True), math.ceil(False), math.floor(2**70), math.trunc(-2.5), type(math.floor(True)).__name__, int(True), type(int(True)).__name__)
