"""base64 -- Base16, Base32, Base64 and Base85 encodings (RFC 4648)."""
import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode", "b32encode",
           "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode", "b85encode",
           "b85decode", "a85encode", "a85decode", "standard_b64encode", "standard_b64decode",
           "urlsafe_b64encode", "urlsafe_b64decode"]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % s.__class__.__name__) from None


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b"+/", b"-_")
_urlsafe_decode_translation = bytes.maketrans(b"-_", b"+/")


def urlsafe_b64encode(s):
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = s.translate(_urlsafe_decode_translation)
    return b64decode(s)


_b32alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_b32hexalphabet = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(alphabet, s):
    s = memoryview(s).tobytes() if not isinstance(s, bytes_types) else bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + b"\0" * (5 - leftover)
    encoded = bytearray()
    for i in range(0, len(s), 5):
        c = int.from_bytes(s[i:i + 5])
        encoded += bytes(alphabet[(c >> (35 - 5 * j)) & 31] for j in range(8))
    if leftover == 1:
        encoded[-6:] = b"======"
    elif leftover == 2:
        encoded[-4:] = b"===="
    elif leftover == 3:
        encoded[-3:] = b"==="
    elif leftover == 4:
        encoded[-1:] = b"="
    return bytes(encoded)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    n = len(s)
    stripped = s.rstrip(b"=")
    padchars = n - len(stripped)
    if padchars not in {0, 1, 3, 4, 6}:
        raise binascii.Error("Incorrect padding")
    rev = {v: k for k, v in enumerate(alphabet)}
    acc = 0
    nbits = 0
    decoded = bytearray()
    for c in stripped:
        try:
            acc = (acc << 5) | rev[c]
        except KeyError:
            raise binascii.Error("Non-base32 digit found") from None
        nbits += 5
        if nbits >= 8:
            nbits -= 8
            decoded.append((acc >> nbits) & 0xFF)
            acc &= (1 << nbits) - 1
    return bytes(decoded)


def b32encode(s):
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_b32hexalphabet, s, casefold)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b"0123456789ABCDEF" for c in s):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


_b85alphabet = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def b85encode(b, pad=False):
    b = bytes(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + b"\0" * padding
    out = bytearray()
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4])
        chunk = []
        for _ in range(5):
            word, r = divmod(word, 85)
            chunk.append(_b85alphabet[r])
        out += bytes(reversed(chunk))
    if padding and not pad:
        out = out[:-padding]
    return bytes(out)


def b85decode(b):
    b = _bytes_from_decode_data(b)
    rev = {c: i for i, c in enumerate(_b85alphabet)}
    padding = (-len(b)) % 5
    b = b + b"~" * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        chunk = b[i:i + 5]
        acc = 0
        for j, c in enumerate(chunk):
            if c not in rev:
                raise ValueError("bad base85 character at position %d" % (i + j))
            acc = acc * 85 + rev[c]
        if acc > 0xffffffff:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i)
        out += acc.to_bytes(4)
    if padding:
        out = out[:-padding]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    b = bytes(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + b"\0" * padding
    out = bytearray()
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4])
        if word == 0 and not (i + 4 > len(b) - padding and padding and not pad):
            out += b"z"
            continue
        if foldspaces and word == 0x20202020:
            out += b"y"
            continue
        chunk = []
        for _ in range(5):
            word, r = divmod(word, 85)
            chunk.append(33 + r)
        out += bytes(reversed(chunk))
    if padding and not pad:
        if out.endswith(b"z"):
            out = out[:-1] + b"!!!!!"
        out = out[:-padding]
    result = bytes(out)
    if wrapcol and result:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        result = b"\n".join(chunks)
    if adobe:
        result = b"<~" + result + b"~>"
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b"~>"):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(b"~>"))
        b = b[2:-2] if b.startswith(b"<~") else b[:-2]
    out = bytearray()
    curr = []
    for c in b + b"u" * 4:
        if 33 <= c <= 117:
            curr.append(c)
            if len(curr) == 5:
                acc = 0
                for x in curr:
                    acc = 85 * acc + (x - 33)
                out += acc.to_bytes(4)
                curr = []
        elif c == 122:
            if curr:
                raise ValueError("z inside Ascii85 5-tuple")
            out += b"\0\0\0\0"
        elif foldspaces and c == 121:
            if curr:
                raise ValueError("y inside Ascii85 5-tuple")
            out += b"\x20\x20\x20\x20"
        elif c in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % c)
    padding = 4 - len(curr) if curr else 0
    result = bytes(out)
    extra = (len(b) + 4) % 5
    return result[:len(result) - 4 + (0 if not curr else 0)] if False else _a85_trim(b, result, ignorechars, foldspaces)


def _a85_trim(b, result, ignorechars, foldspaces):
    n = 0
    for c in b:
        if c in ignorechars:
            continue
        n += 1 if c not in (122, 121) or (c == 121 and not foldspaces) else 0
    full_groups, rem = divmod(sum(1 for c in b if 33 <= c <= 117), 5)
    zs = sum(1 for c in b if c == 122 or (foldspaces and c == 121))
    length = (full_groups + zs) * 4 + (rem - 1 if rem else 0)
    return result[:length]


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        chunk = s[i: i + MAXBINSIZE]
        pieces.append(binascii.b2a_base64(chunk))
    return b"".join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(s)


def encode(input, output):
    while s := input.read(MAXBINSIZE):
        while len(s) < MAXBINSIZE and (ns := input.read(MAXBINSIZE - len(s))):
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while line := input.readline():
        output.write(binascii.a2b_base64(line))
