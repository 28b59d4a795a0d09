# pickletools: dis() listings (plain, annotated, indented), genops() arguments and
# positions, optimize() output, and the errors dis() reports for malformed pickles.
import pickle, pickletools, io, sys

class A: pass
samples = [[1, 'ab', (2.5, None), {'k': b'x'}, A, True, 1 << 70, {1}, frozenset([2])],
           {'a': [1, 2], 'b': ('x', 'x')}, (1, 2, 3, 4), 'text\n\u20ac', -5, 3.25, b'\x00' * 3,
           [[1], [2, [3]]], bytearray(b'ba'), complex(1, 2), range(2)]
for i, obj in enumerate(samples):
    for p in range(6):
        print('== sample', i, 'protocol', p)
        pickletools.dis(pickle.dumps(obj, p))
print('== annotated')
pickletools.dis(pickle.dumps([1, 'ab', (2.5,)], 2), annotate=1)
pickletools.dis(pickle.dumps({'x': [None, False]}, 0), annotate=20)
print('== indent 2')
pickletools.dis(pickle.dumps([['x'] * 2], 1), indentlevel=2)
print('== to a file')
f = io.StringIO()
pickletools.dis(pickle.dumps([1, 2], 4), out=f)
print(f.getvalue().count('\n'), repr(f.getvalue()[:40]))
print('== genops')
for data in (pickle.dumps([1, 'a', 2.5, None, 1 << 65], 2), pickle.dumps(['z', A], 4),
             pickle.dumps(('q', 7), 0), b"S'py2'\nU\x02abT\x01\x00\x00\x00c\x86.",
             b'cbuiltins\nlist\n(I01\nI00\nL5L\nF1.5\ntR.'):
    print([(op.name, arg, pos) for op, arg, pos in pickletools.genops(data)])
print('== optimize')
for obj in (['x', 'y', 'x'], [[1]] * 3, {'k': 'k'}, list(range(5)), [A, A], 'solo', [('a', 'a')] * 2):
    for p in range(6):
        data = pickle.dumps(obj, p)
        opt = pickletools.optimize(data)
        print(p, opt, pickle.loads(opt) == pickle.loads(data))
print('== errors')
for bad in (b'', b'\xff', b'K', b'(K\x01', b'0.', b'K\x01q\x00q\x00.', b'h\x00.', b'K\x01K\x02.',
            b'(q\x00.', b'e.', b'1.', b'\x80\x02]\x94(K\x01K\x02e.', b'X\x05\x00\x00\x00ab.'):
    try:
        pickletools.dis(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
print(len(pickletools.opcodes), pickletools.opcodes[0].name, pickletools.opcodes[-1].name)
print(sorted(op.name for op in pickletools.opcodes if op.proto >= 4))
print([(op.name, op.arg.name if op.arg else None, op.arg.n if op.arg else None,
        [s.name for s in op.stack_before], [s.name for s in op.stack_after], op.proto) for op in pickletools.opcodes][:12])
