# Protocol 5: BYTEARRAY8, PickleBuffer in band and out of band (buffer_callback/buffers).
import pickle

for obj in (bytearray(b''), bytearray(b'abc'), [bytearray(b'x'), bytearray(b'x')], bytearray(300)):
    data = pickle.dumps(obj, 5)
    print(data[:60], pickle.loads(data) == obj)

pb = pickle.PickleBuffer(b'readonly-data')
data = pickle.dumps(pb, 5)
print(data, repr(pickle.loads(data)))
pb2 = pickle.PickleBuffer(bytearray(b'writable'))
data = pickle.dumps(pb2, 5)
print(data, repr(pickle.loads(data)))
for p in range(5):
    try:
        pickle.dumps(pb, p)
    except Exception as e:
        print(p, type(e).__name__, e)

# out of band
bufs = []
data = pickle.dumps([pickle.PickleBuffer(b'ro'), pickle.PickleBuffer(bytearray(b'rw')), 'x'], 5,
                    buffer_callback=bufs.append)
print(data, len(bufs))
back = pickle.loads(data, buffers=[b'ro', bytearray(b'rw')])
print([bytes(x) for x in back[:2]], back[2])
try:
    pickle.loads(data)
except Exception as e:
    print(type(e).__name__, e)
try:
    pickle.loads(data, buffers=[])
except Exception as e:
    print(type(e).__name__, e)
try:
    pickle.dumps(1, 4, buffer_callback=bufs.append)
except Exception as e:
    print(type(e).__name__, e)
# callback returning True keeps the buffer in band
data = pickle.dumps(pickle.PickleBuffer(b'inband'), 5, buffer_callback=lambda b: True)
print(data, pickle.loads(data))
with pickle.PickleBuffer(b'abc').raw() as m:
    print(m.tobytes(), m.readonly)
big = pickle.dumps([pickle.PickleBuffer(bytearray(70000)), pickle.PickleBuffer(b'r' * 70000)], 5)
print(len(big), big[:30], big[70020:70050], big[-10:])
