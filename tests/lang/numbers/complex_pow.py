bases = [0j, 1j, 1 + 1j, -1 + 0j, 2 - 3j, 0.5j, complex(-8, 0)]
exps = [0, 1, 2, 3, -1, -2, 0.5, 1j, 2 + 1j, 100, 101, 1.5]
for b in bases:
    for e in exps:
        try:
            print(b, e, b ** e)
        except Exception as ex:
            print(b, e, type(ex).__name__, ex)
print(pow(1j, 2), 2 ** 1j, 2.0 ** (1 + 1j), (-1) ** 0.5, (-8) ** (1 / 3))
for b, e in [(1 + 1j, 10**10), (complex(1, 2), 1000), (complex(1e200, 0), 2), (complex(float('inf'), 0), 2), (0j, -1), (0j, 1j), (0j, -1 + 0j)]:
    try:
        print(b ** e)
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    pow(1j, 2, 3)
except Exception as ex:
    print(type(ex).__name__, ex)
