# namereplace and \N{...} in unicode_escape use the generated name tables
print("aé€😀\ud800\U000e0001\U0010ffff가힣中\U00020000".encode("ascii", "namereplace"))
print("é".encode("latin-1", "namereplace"), "€x".encode("latin-1", "namereplace"))
for b in [b"\\N{LATIN SMALL LETTER A}", b"\\N{latin small letter a}", b"\\N{NOPE}", b"\\N{", b"\\N", b"\\Nx", b"\\N{}", b"x\\N{DIGIT ONE", b"\\N{HANGUL SYLLABLE GAG}", b"\\N{CJK UNIFIED IDEOGRAPH-4E2D}", b"\\N{cjk unified ideograph-4e2d}"]:
    for h in ["strict", "replace"]:
        try:
            print(b, h, ascii(b.decode("unicode_escape", h)))
        except Exception as e:
            print(b, h, type(e).__name__, e)
# sweep: names of many code points through namereplace, then back through \N{}
def checksum(b):
    h = 0
    for x in b:
        h = (h * 131 + x) % 1000000007
    return h
for lo, hi, step in [(0x80, 0x3000, 1), (0x3000, 0x10000, 7), (0x10000, 0x30000, 11), (0xE0000, 0xE01F0, 1)]:
    s = ""
    for cp in range(lo, hi, step):
        if not 0xD800 <= cp < 0xE000:
            s += chr(cp)
    enc = s.encode("ascii", "namereplace")
    back = enc.decode("unicode_escape")
    print(hex(lo), len(enc), checksum(enc), back == s)
