for v in [0, 1, 127, 128, 255, 256, 65535, -1, -128, -129, -32768, 2**64 - 1, -(2**63)]:
    for order in ['big', 'little']:
        for signed in [False, True]:
            try:
                b = v.to_bytes(9, order, signed=signed)
                print(v, order, signed, b, int.from_bytes(b, order, signed=signed))
            except OverflowError as e:
                print(v, order, signed, type(e).__name__, e)
print((1024).to_bytes(2, byteorder='little'), (0).to_bytes(0, 'big'), (5).to_bytes())
print(int.from_bytes(b''), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes([1, 2, 3], 'big'))
print(int.from_bytes(bytearray(b'\x80'), 'big', signed=True), int.from_bytes(b'\x00\x80', 'little', signed=True))
for args in [(1, 0, 'big'), (-1, 1, 'big'), (1, 1, 'mid'), (255, 1, 'big', True), (128, 1, 'big', True), (-129, 1, 'little', True), (1, -1, 'big')]:
    try:
        v, n, order = args[:3]
        signed = args[3] if len(args) > 3 else False
        print(v.to_bytes(n, order, signed=signed))
    except Exception as e:
        print(args, type(e).__name__, e)
print(int.from_bytes(b'\x12\x34\x56\x78\x9a\xbc\xde\xf0\x12\x34', 'big'))
for v in (-2, -1, 0, 1):
    for o in ('big', 'little'):
        try:
            print(v, o, v.to_bytes(0, o, signed=True), v.to_bytes(1, o, signed=True))
        except OverflowError as e:
            print(v, o, e)
