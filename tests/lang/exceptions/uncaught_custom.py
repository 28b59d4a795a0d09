# Uncaught user exception: the type is shown without the __main__ prefix.
class MyError(Exception):
    pass
print('start')
raise MyError('boom')
