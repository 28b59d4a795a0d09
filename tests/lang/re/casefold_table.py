# IGNORECASE equivalences over every cased BMP character (plus Deseret):
# literal and one-character set must agree, and the classes must be CPython's
import re
chars = [chr(c) for c in range(0x10000) if (chr(c).lower() != chr(c) or chr(c).upper() != chr(c)) and not (0xd800 <= c < 0xe000)]
chars += [chr(c) for c in range(0x10400, 0x10450)]
ALL = "".join(chars)
total = 0
odd = 0
for a in chars:
    r1 = re.findall("(?i)" + re.escape(a), ALL)
    r2 = re.findall("(?i)[" + re.escape(a) + "]", ALL)
    total += len(r1)
    if len(r1) != 2 or r1 != r2:
        odd += 1
        print(hex(ord(a)), r1 == r2, [hex(ord(x)) for x in r1])
print(len(chars), total, odd)
asc = "".join(chr(c) for c in range(256))
print([(chr(c), re.findall(re.escape(chr(c)), asc + "\u017f\u212a\u0130\u0131", re.I | re.A)) for c in range(65, 91)])
print(re.findall(b"(?i)[a-z]", bytes(range(256))) == re.findall(b"[a-zA-Z]", bytes(range(256))))
