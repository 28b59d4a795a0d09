import inspect, functools

def register(x):
    return lambda c: c

@register(
    "multi-line decorator args"
)
class Decorated:
    x = 1

    def method(self,
               a,
               b):  # trailing comment
        return (a +
                b)

def outer():
    def inner(q):
        return q * 2
    return inner

async def coro(a):
    await something()

class WithDoc:
    """Doc with
    def fake(): inside
    """
    def m(self): return 1

def with_strings():
    s = '''
def not_real():
'''
    return s
# trailing comment after function

def last():
    pass
