# tokenize.tokenize on bytes: ENCODING token, detect_encoding, cookies, BOM
import io
import tokenize

def toks(data):
    try:
        for t in tokenize.tokenize(io.BytesIO(data).readline):
            print(' ', tokenize.tok_name[t.type], repr(t.string), t.start, t.end, repr(t.line))
    except SyntaxError as e:
        print('  SyntaxError', e)
    except tokenize.TokenError as e:
        print('  TokenError', e.args)

for data in [b"x = 1\n", b"# -*- coding: latin-1 -*-\ns = '\xe9'\n", b"\xef\xbb\xbfx = 'y'\n",
             b"#!/usr/bin/env python\n# coding=utf-8\nz\n", b"", b"\xef\xbb\xbf",
             "é = 1\n".encode('utf-8')]:
    print(repr(data))
    toks(data)

def enc(data):
    try:
        e, lines = tokenize.detect_encoding(io.BytesIO(data).readline)
        print(repr(data), '->', e, lines)
    except SyntaxError as e:
        print(repr(data), 'SyntaxError', e)

for data in [b"", b"x\n", b"# coding: utf-8\nx\n", b"# vim: set fileencoding=latin-1 :\n",
             b"\n# coding: latin-1\n", b"x = 1\n# coding: latin-1\n", b"#!python\n#coding:ascii\nx\n",
             b"# coding: utf-8-sig\n", b"\xef\xbb\xbf# coding: utf-8\n", b"\xef\xbb\xbf# coding: latin-1\n",
             b"# coding: bogus-enc\n", b"# coding: latin_1\n", b"# coding: UTF_8\n", b"\xef\xbb\xbfx\n",
             b"\n\n# coding: latin-1\n", b"  \n# coding: ascii\n"]:
    enc(data)

# untokenize of a byte stream gives bytes in the detected encoding
src = b"# coding: latin-1\nx = '\xe9'  # c\nif x:\n    y = 2\n"
out = tokenize.untokenize(tokenize.tokenize(io.BytesIO(src).readline))
print(type(out).__name__, out == src)
# TokenInfo behaviour
t = next(tokenize.generate_tokens(io.StringIO("(x)").readline))
print(t)
print(t.type, t.exact_type, t.string, t.start, t.end, t.line, t._fields)
print(tokenize.TokenInfo(1, 'a', (1, 0), (1, 1), 'a').exact_type)
print(isinstance(t, tuple), t[0], len(t))
print(issubclass(tokenize.TokenError, Exception), tokenize.ENCODING, tokenize.COMMENT, tokenize.NL)
