# The site builtins exit() and quit().
print(repr(exit), repr(quit))
try:
    quit(6)
except SystemExit as e:
    print('quit', e.code)
exit(2)
