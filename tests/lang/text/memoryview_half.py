# memoryview format e (IEEE half precision): rounding, subnormals, overflow
def t(f):
    try: print(ascii(f()))
    except Exception as e: print(type(e).__name__, e)
m = memoryview(bytearray(8)).cast("e")
for v in [1.0, -2.5, 65504.0, 65520.0, 1e-8, 6e-8, 3e-5, float("inf"), float("-inf"), 0.1, -0.0, 1e10, 2, "x", 0.333333]:
    t(lambda: (m.__setitem__(0, v), m[0], bytes(m[:1]))[1:])
print(len(m), m.itemsize, m.format, memoryview(b"\x00\x7e\x00\xfc").cast("e").tolist())
