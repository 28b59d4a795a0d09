# An uncaught exception: traceback on stderr, exit status 1.
print('before')
def f(x):
    return int(x)
f('abc')
print('not reached')
