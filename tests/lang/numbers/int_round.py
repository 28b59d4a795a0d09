for v in [0, 5, 15, 25, 35, 45, 12345, 12350, 12450, -12350, -12450, 999, 1000, 2**70, -(2**70) - 5 * 10**5]:
    print(v, [round(v, n) for n in (None, 0, 1, -1, -2, -3, -5, -30)])
print(round(5, -1), round(15, -1), round(25, -1), round(-5, -1), round(-15, -1))
print(type(round(5)).__name__, type(round(5, 2)).__name__, round(True), type(round(True)).__name__)
try:
    round(5, 'x')
except TypeError as e:
    print(e)
print(round(10**40 + 5 * 10**19, -20), round(10**40 + 15 * 10**19, -20))
