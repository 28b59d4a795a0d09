# chr() and ord().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0, 65, 97, 0xe9, 0x20ac, 0x1f600, 0x10ffff]:
    t(lambda: chr(v))
for v in [-1, 0x110000, 2**70, 1.5, 'a', None]:
    t(lambda: chr(v))
for v in ['a', '\xe9', '\u20ac', '\U0001f600', b'a', bytearray(b'z'), b'\xff']:
    t(lambda: ord(v))
for v in ['', 'ab', b'', b'ab', 1, None, ['a']]:
    t(lambda: ord(v))
t(lambda: [ord(c) for c in 'héllo'])
t(lambda: ''.join(chr(i) for i in range(65, 75)))
class I:
    def __index__(self):
        return 66
t(lambda: chr(I()))
t(lambda: chr(True))
