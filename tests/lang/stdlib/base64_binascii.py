import base64, binascii
for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]):
    e = base64.b64encode(data)
    assert base64.b64decode(e) == data
    print(e, base64.b32encode(data), base64.b16encode(data), base64.b85encode(data), base64.urlsafe_b64encode(data + b"\xfb\xff"))
    assert base64.b32decode(base64.b32encode(data)) == data and base64.b85decode(base64.b85encode(data)) == data
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs bG8=\n"), binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"))
print(binascii.crc32(b"hello"), binascii.crc32(b"world", 123), hex(binascii.crc_hqx(b"abc", 0)), base64.encodebytes(b"x" * 60))
for bad in ["aGVsbG8", "a", "!!!!"]:
    try: print(base64.b64decode(bad))
    except binascii.Error as e: print("Error:", e)
try: base64.b64decode("aGVs!bG8=", validate=True)
except binascii.Error as e: print("Error:", e)
