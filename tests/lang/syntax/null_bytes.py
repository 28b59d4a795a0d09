for src in ['x = 1\0', b'x = 1\0', '\0', 'x = "\0"']:
    try:
        compile(src, '<n>', 'exec')
        print('OK')
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
try:
    eval('1\0')
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
try:
    exec('pass\0')
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
print(repr('\0'), len('a\0b'), b'\0' == bytes(1))
