import hmac, hashlib, secrets, string

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for algo in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b"]:
    h = hmac.new(b"key", b"The quick brown fox", algo)
    print(algo, h.name, h.digest_size, h.block_size, h.hexdigest())
print(hmac.new(b"k" * 200, b"long key", hashlib.sha256).hexdigest())
print(hmac.new(b"", b"", "sha1").hexdigest())
print(hmac.digest(b"key", b"msg", "sha256").hex())
print(hmac.new(bytearray(b"key"), digestmod=hashlib.md5).hexdigest())
h = hmac.new(b"secret", digestmod="sha256")
h.update(b"part1")
c = h.copy()
h.update(b"part2")
c.update(b"other")
print(h.hexdigest(), c.hexdigest())
print(h.digest() == hmac.new(b"secret", b"part1part2", "sha256").digest())
print(hmac.new(b"k", b"m", hashlib).hexdigest() if False else "skip")
t(lambda: hmac.new(b"k"))
t(lambda: hmac.new("k", digestmod="sha256"))
t(lambda: hmac.new(b"k", digestmod="nope"))
t(lambda: hmac.compare_digest(b"abc", b"abc"))
t(lambda: hmac.compare_digest(b"abc", b"abd"))
t(lambda: hmac.compare_digest(b"abc", b"ab"))
t(lambda: hmac.compare_digest("abc", "abc"))
t(lambda: hmac.compare_digest(bytearray(b"x"), memoryview(b"x")))
t(lambda: hmac.compare_digest("a", b"a"))
t(lambda: hmac.compare_digest("é", "é"))
t(lambda: hmac.compare_digest(1, 2))
# RFC 4231 test case 2
print(hmac.new(b"Jefe", b"what do ya want for nothing?", "sha256").hexdigest())
print(hmac.new(b"\x0b" * 20, b"Hi There", "sha512").hexdigest())

# secrets: only properties that do not depend on the random values
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(3)).__name__)
print(len(secrets.token_hex()), len(secrets.token_hex(7)), all(c in string.hexdigits for c in secrets.token_hex(16)))
u = secrets.token_urlsafe(30)
print(len(u), all(c.isalnum() or c in "-_" for c in u), len(secrets.token_urlsafe()))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)))
print(set(secrets.randbelow(3) for _ in range(300)) == {0, 1, 2})
print(all(0 <= secrets.randbits(8) < 256 for _ in range(100)))
print(secrets.choice("abc") in "abc", secrets.choice([7]))
print(secrets.compare_digest(b"a", b"a"), secrets.compare_digest is hmac.compare_digest)
t(lambda: secrets.randbelow(0))
t(lambda: secrets.randbelow(-3))
t(lambda: secrets.token_bytes(-1))
t(lambda: secrets.choice([]))
print(isinstance(secrets.SystemRandom().random(), float), secrets.token_bytes(0))
