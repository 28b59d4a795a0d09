# Sweep the Unicode tables: case mappings and predicates over many code points,
# summarised as checksums so the output stays small.
def checksum(s):
    h = 0
    for ch in s:
        h = (h * 31 + ord(ch)) % 1000000007
    return h
ranges = [(0, 0x800), (0x800, 0x3000), (0x3000, 0x10000), (0x10000, 0x20000), (0x1F000, 0x1FB00), (0xE0000, 0xE0200)]
for lo, hi in ranges:
    up = []; low = []; tit = []; fold = []; flags = []
    for cp in range(lo, hi):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        up.append(c.upper()); low.append(c.lower()); tit.append(c.title()); fold.append(c.casefold())
        f = 0
        if c.isalpha(): f |= 1
        if c.isdigit(): f |= 2
        if c.isdecimal(): f |= 4
        if c.isnumeric(): f |= 8
        if c.isspace(): f |= 16
        if c.isprintable(): f |= 32
        if c.isidentifier(): f |= 64
        if c.islower(): f |= 128
        if c.isupper(): f |= 256
        if c.istitle(): f |= 512
        if c.isalnum(): f |= 1024
        if ("a" + c).isidentifier(): f |= 2048
        flags.append(chr(f + 32))
    print(hex(lo), hex(hi), checksum("".join(up)), checksum("".join(low)), checksum("".join(tit)), checksum("".join(fold)), checksum("".join(flags)))
s = ""
for cp in range(0x80, 0x3000, 3):
    if not 0xD800 <= cp < 0xE000:
        s += chr(cp)
print(len(s), checksum(s.upper()), checksum(s.lower()), checksum(s.title()), checksum(s.swapcase()), checksum(s.capitalize()), checksum(repr(s)), checksum(ascii(s)))
