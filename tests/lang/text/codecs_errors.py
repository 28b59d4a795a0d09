# encode/decode with every built-in codec and error handler
cases = [(b'\x00', 'utf-16'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xd8A\x00', 'utf-16-le'), (b'\x00\xdcA\x00', 'utf-16-le'), (b'\xff\xfe\x00\xd8', 'utf-16'), (b'\x00\xd8', 'utf-16-be'), (b'\x00\xd8\x00\xd8', 'utf-16-be'), (b'\xd8\x00\xdc\x00', 'utf-16-be'),
 (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\x00', 'utf-32'), (b'abcde', 'utf-32'), (b'\x00\x00\x11\x00', 'utf-32'), (b'\x00\x00\xfe\xff\x00\x00\xd8\x00', 'utf-32'),
 (b'\xe0\x80', 'utf-8'), (b'\xf0\x9f\x98', 'utf-8'), (b'a\xed\xa0\x80b', 'utf-8'), (b'\x80\x81', 'ascii'), (b'\xff', 'utf-8'), (b'\xff\xfe', 'latin-1')]
for b, e in cases:
    for h in ['strict', 'replace', 'surrogatepass', 'backslashreplace', 'surrogateescape', 'ignore']:
        try:
            print(b, e, h, ascii(b.decode(e, h)))
        except Exception as ex:
            print(b, e, h, type(ex).__name__, ex, ex.args[2:4] if isinstance(ex, UnicodeError) else '')
for s in ['a\ud800\udc00b', '\xe9\u20ac', '\U0001f600', 'x\udc80y', '\ud83d\ude00']:
    for e in ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-32', 'utf-16-be', 'utf-32-le']:
        for h in ['strict', 'replace', 'surrogatepass', 'backslashreplace', 'surrogateescape', 'xmlcharrefreplace', 'ignore']:
            try:
                print(ascii(s), e, h, s.encode(e, h))
            except Exception as ex:
                print(ascii(s), e, h, type(ex).__name__, ex)
for h in ["xmlcharrefreplace", "namereplace"]:
    try:
        b"\xff".decode("utf-8", h)
    except Exception as ex:
        print(h, type(ex).__name__, ex)
