from decimal import *
import time
t0 = time.perf_counter()
a, b = Decimal('1e999999'), Decimal('1e-999999')
print(a + b, a - b, a * b, b / a if False else '', a == b, a > b, b < a, a.compare(b))
print(Context(traps=[]).quantize(a, b), Context(traps=[]).remainder(a, b), Context(traps=[]).divide_int(a, b), Context(traps=[]).remainder(b, a))
print(time.perf_counter() - t0 < 2)
