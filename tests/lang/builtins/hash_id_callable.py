# hash(), id(), callable().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: hash(1) == 1 and hash(1.0) == 1 and hash(True) == 1)
t(lambda: hash(-1))
t(lambda: hash(0))
t(lambda: hash((1, 2)) == hash((1, 2)))
t(lambda: hash('a') == hash('a'))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(set()))
t(lambda: hash(frozenset()) == hash(frozenset()))
t(lambda: hash(None) == hash(None))
class H:
    def __hash__(self):
        return 12345
class HBig:
    def __hash__(self):
        return 2**70
class HBad:
    def __hash__(self):
        return 'x'
class HNone:
    __hash__ = None
class EqOnly:
    def __eq__(self, o):
        return True
t(lambda: hash(H()))
t(lambda: hash(HBig()) == hash(2**70))
t(lambda: hash(HBad()))
t(lambda: hash(HNone()))
t(lambda: hash(EqOnly()))
t(lambda: hash())
o = object()
t(lambda: id(o) == id(o))
t(lambda: id(o) != id(object()) or True)
t(lambda: type(id(o)).__name__)
t(lambda: id())
for v in [len, print, int, lambda: 0, 1, 'a', H, H(), [].append, type]:
    t(lambda: callable(v))
class Call:
    def __call__(self):
        return 'called'
t(lambda: callable(Call()))
t(lambda: callable())
