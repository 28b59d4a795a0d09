# Protocol 4/5 framing on large pickles, batching of long lists/dicts/sets (1000 items a
# batch), large bytes and str written out of frame, LONG_BINPUT/LONG_BINGET memo indexes.
import pickle

def digest(b):
    h = 0
    for i in range(0, len(b), 7):
        h = (h * 31 + b[i]) % 1000000007
    return h

def frame_layout(data):
    # list (offset, size) of FRAME opcodes found by walking frame headers
    out = []
    if data[:1] != b'\x80' or data[1] < 4:
        return out
    pos = 2
    while pos < len(data) and data[pos] == 0x95:
        size = int.from_bytes(data[pos + 1:pos + 9], 'little')
        out.append((pos, size))
        pos += 9 + size
    return out

cases = {
    'ints': list(range(3000)),
    'strs': ['s%d' % i for i in range(2500)],
    'dict': {i: -i for i in range(2100)},
    'set': set(range(1500)),
    'frozen': frozenset(range(1200)),
    'bigbytes': [b'a' * 70000, b'b' * 10],
    'bigstr': ['x' * 70000, 'tail'],
    'bigbytearray': bytearray(b'z' * 66000),
    'mixed': [(i, str(i), float(i)) for i in range(4000)],
    'shared': [['same']] * 600,
    'nested': [[i] * 3 for i in range(3000)],
}
for name, obj in cases.items():
    for p in range(6):
        data = pickle.dumps(obj, p)
        back = pickle.loads(data)
        print(name, p, len(data), digest(data), back == obj, frame_layout(data)[:6])
# the exact bytes around the first frame boundary
data = pickle.dumps(list(range(30000)), 4)
fl = frame_layout(data)
print(len(fl), fl[:3])
print(data[:20], data[fl[1][0] - 10:fl[1][0] + 20] if len(fl) > 1 else None)
data = pickle.dumps([b'q' * 70000], 4)
print(data[:40], data[-20:])
data = pickle.dumps(['w' * 70000, 'v'], 5)
print(data[:40], data[-20:])
