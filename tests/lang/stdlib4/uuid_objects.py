import uuid, copy

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.urn, u.int)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version, u.is_safe)
for s in ["{12345678-1234-5678-1234-567812345678}", "urn:uuid:12345678-1234-5678-1234-567812345678",
          "12345678123456781234567812345678", "12345678-1234-5678-1234-56781234567"]:
    t(lambda: uuid.UUID(s))
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
t(lambda: uuid.UUID())
t(lambda: uuid.UUID(hex=u.hex, int=1))
t(lambda: uuid.UUID(bytes=b"x" * 15))
t(lambda: uuid.UUID(bytes_le=b"x" * 17))
t(lambda: uuid.UUID(fields=(1, 2, 3)))
t(lambda: uuid.UUID(fields=(1 << 32, 0, 0, 0, 0, 0)))
t(lambda: uuid.UUID(fields=(0, 0, 0, 0, 256, 0)))
t(lambda: uuid.UUID(fields=(0, 0, 0, 0, 0, 1 << 48)))
t(lambda: uuid.UUID(int=-1))
t(lambda: uuid.UUID(int=1 << 128))
t(lambda: uuid.UUID(int=0, version=9))
t(lambda: uuid.UUID(int=0, version=4))
t(lambda: uuid.UUID(int=(1 << 128) - 1))
t(lambda: uuid.UUID(int=(1 << 128) - 1).variant)
t(lambda: uuid.UUID(int=0).variant)
t(lambda: uuid.UUID(int=0).version)
t(lambda: uuid.UUID(int=0xc000 << 48).variant)
def setit():
    u.int = 5
t(setit)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, b"http://x"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3"))
print(uuid.uuid5(uuid.NAMESPACE_X500, "é").version, uuid.uuid3(uuid.NAMESPACE_DNS, "").variant)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4(), isinstance(r, uuid.UUID))
a = uuid.uuid1()
b = uuid.uuid1()
print(a.version, a.variant, a != b, a.node == b.node, 0 <= a.clock_seq < (1 << 14))
c = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(c.node == 0x123456789abc, c.clock_seq, c.version)
print(0 <= uuid.getnode() < (1 << 48), uuid.getnode() == uuid.getnode())
xs = [uuid.UUID(int=i) for i in (5, 1, 3)]
print(sorted(xs), uuid.UUID(int=1) < uuid.UUID(int=2), uuid.UUID(int=1) == 1, hash(uuid.UUID(int=7)) == hash(7))
print(int(u), {u: 1}[uuid.UUID(u.hex)], copy.copy(u) == u, copy.deepcopy(u) == u)
print(uuid.SafeUUID.safe.value, uuid.SafeUUID.unsafe.value, uuid.SafeUUID.unknown.value)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep=" | ")
