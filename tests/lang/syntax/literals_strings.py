# string and bytes literals
print('a' "b" '''c''' """d""")
print(r'\n', R'\d', repr(r'\''), repr(r"\""))
print(b'x', B'y', br'\n', Rb'\n', bR'z', rB'z')
print(repr(u'x'), repr(U'y'))
print(repr('\n\t\r\\\'\"\a\b\f\v\0'))
print(repr('\x41\u00e9\U0001F600\101\7\77\377'))
print(repr('\N{BULLET}\N{EM DASH}\N{latin small letter a}\N{DEGREE SIGN}'))
print('a\
b')
print("""line1
line2\
line3""")
print(repr(b'\x00\xff\n\\'), repr(rb'\u1234\N{x}'))
print(repr(r'\d\q\%'))
print('é✓😀', len('é✓😀'), len('é✓😀'.encode()))
print(repr(''), repr(b''), repr(""""""))
print('it''s', 'a' 'b' 'c')
print(repr('\''), repr("\""), repr('''\''''), repr('\u12345'))
print(repr('\r\n'), repr('\\N{BULLET}'), repr(r'\N{BULLET}'))
x = ('implicit '
     'concatenation '
     "across lines")
print(x)
print(type('a' 'b'), type(b'a' b'b'))
print(b'abc'[1], b'\x41\102C')
print('\101\x42\u0043\U00000044')
print(len('\
'), repr('''
'''))
print("tab\there", 'q"q', "q'q")
