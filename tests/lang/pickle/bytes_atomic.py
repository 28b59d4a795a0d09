# Exact pickle bytes (as written by CPython 3.13) for atomic values, every protocol.
import pickle
vals = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31 - 1, 2**31, -2**31 - 1,
        2**63, -2**63, 1 << 70, -(1 << 70), 1 << 2000, -(1 << 2047), 127, 128, -128, -129, 2**64 - 1,
        0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, float('inf'), float('-inf'), 0.1, 3.141592653589793,
        '', 'a', 'abc', 'a\\b', 'line\nbreak', 'cr\r', 'nul\x00', 'sub\x1a', '\xe9\xff', '\u1234',
        '\U00012345', 'mixed \\u1234 text', 'x' * 300, '\udc80',
        b'', b'a', b'\x00\xff', b'x' * 300, bytearray(), bytearray(b'ab'), bytearray(b'\x00' * 3),
        1j, 1 + 2j, -0.5j, complex(0, 0)]
for i, v in enumerate(vals):
    for p in range(6):
        try:
            data = pickle.dumps(v, p)
            back = pickle.loads(data)
            same = back == v or (back != back and v != v)
            print(i, p, data, same, type(back).__name__)
        except Exception as e:
            print(i, p, type(e).__name__, e)
