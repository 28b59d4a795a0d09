# ast.parse of CRLF / CR / form-feed / BOM / coding-cookie sources: positions and segments
import ast
for src in ["x = 1\r\ny = (2 +\r\n 3)\r\n", "a = 1\rb = 2\r", "\x0cdef f():\n\x0c    return 1\n", "x = '''a\r\nb'''\r\n", b"\xef\xbb\xbfz = 1\n", b"# coding: latin-1\nq = '\xe9'\n"]:
    try:
        t = ast.parse(src)
        print(repr(src), ast.dump(t, include_attributes=True))
        if isinstance(src, str):
            print([ast.get_source_segment(src, n) for n in t.body])
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg, e.lineno, e.offset)
