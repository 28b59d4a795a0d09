"""binascii -- conversions between binary data and ASCII encodings."""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "hexlify", "unhexlify", "b2a_hex",
           "a2b_hex", "crc32", "crc_hqx"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_REV = {c: i for i, c in enumerate(_B64)}


def _to_bytes(data):
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def b2a_base64(data, *, newline=True):
    data = _to_bytes(data) if not isinstance(data, str) else _raise_str()
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rem = n % 3
    if rem == 1:
        v = data[-1] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b"=="
    elif rem == 2:
        v = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def _raise_str():
    raise TypeError("a bytes-like object is required, not 'str'")


def a2b_base64(data, *, strict_mode=False):
    data = _to_bytes(data)
    if strict_mode:
        if data and data[0] == ord("="):
            raise Error("Leading padding not allowed")
    quad = []
    out = bytearray()
    pads = 0
    for i, c in enumerate(data):
        if c == ord("="):
            pads += 1
            if len(quad) >= 2 and len(quad) + pads >= 4:
                break
            continue
        if c not in _B64_REV:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if pads and strict_mode:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        quad.append(_B64_REV[c])
        if len(quad) == 4:
            v = (quad[0] << 18) | (quad[1] << 12) | (quad[2] << 6) | quad[3]
            out += bytes((v >> 16, (v >> 8) & 255, v & 255))
            quad = []
    if quad:
        if len(quad) == 1:
            count = sum(1 for c in data if c in _B64_REV)
            raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be "
                        "1 more than a multiple of 4" % count)
        if len(quad) + pads < 4:
            raise Error("Incorrect padding")
        v = 0
        for q in quad:
            v = (v << 6) | q
        v <<= 6 * (4 - len(quad))
        out += v.to_bytes(3)[:len(quad) - 1]
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _to_bytes(data) if not isinstance(data, str) else _raise_str()
    return data.hex(sep, bytes_per_sep).encode("ascii") if sep is not None else data.hex().encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    hexstr = _to_bytes(hexstr)
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(hexstr.decode("ascii"))
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


a2b_hex = unhexlify

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC_TABLE.append(_c)
del _n, _c, _k


def crc32(data, value=0):
    data = _to_bytes(data) if not isinstance(data, str) else _raise_str()
    crc = value ^ 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc_hqx(data, value):
    data = _to_bytes(data)
    crc = value & 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
