# getattr, setattr, delattr, hasattr.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    cls_attr = 'c'
    def __init__(self):
        self.x = 1
    @property
    def prop(self):
        raise ValueError('prop failed')
o = C()
t(lambda: getattr(o, 'x'))
t(lambda: getattr(o, 'cls_attr'))
t(lambda: getattr(o, 'missing'))
t(lambda: getattr(o, 'missing', 'default'))
t(lambda: getattr(o, 'prop', 'default'))
t(lambda: getattr(o, 1))
t(lambda: getattr(o))
t(lambda: getattr(o, 'x', 1, 2))
t(lambda: setattr(o, 'y', 5))
t(lambda: o.y)
t(lambda: setattr(o, 2, 5))
t(lambda: setattr(1, 'x', 2))
t(lambda: delattr(o, 'y'))
t(lambda: delattr(o, 'y'))
t(lambda: hasattr(o, 'x'))
t(lambda: hasattr(o, 'nope'))
t(lambda: hasattr(o, 3))
t(lambda: hasattr(o, 'prop'))
t(lambda: getattr(1, 'real'))
t(lambda: getattr([], 'append').__name__)
t(lambda: getattr(str, 'upper')('abc'))
class G:
    def __getattr__(self, name):
        return name * 2
t(lambda: getattr(G(), 'ab'))
t(lambda: hasattr(G(), 'anything'))
t(lambda: getattr(None, '__class__'))
