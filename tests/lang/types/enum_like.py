# An Enum-like metaclass: class-level iteration, len, getitem, contains, members.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith('_') and not callable(v)}
        cls = super().__new__(mcls, name, bases, {k: v for k, v in ns.items() if k not in members})
        cls._members = {}
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name, inst.value = k, v
            cls._members[k] = inst
            type.__setattr__(cls, k, inst)
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __contains__(cls, item):
        return isinstance(item, cls) and item.name in cls._members
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError('%r is not a valid %s' % (value, cls.__name__))
    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_members', {}):
            raise AttributeError('cannot reassign member %r' % name)
        super().__setattr__(name, value)
    def __repr__(cls):
        return '<enum %r>' % cls.__name__
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self.name, self.value)
    def __str__(self):
        return '%s.%s' % (type(self).__name__, self.name)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return self.name.lower()
print(list(Color), len(Color), Color['GREEN'], Color(3), repr(Color.RED))
print(Color.RED in Color, 1 in Color, Color.BLUE.describe(), Color)
print(isinstance(Color.RED, Color), type(Color.RED) is Color, Color.RED is Color(1))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
Color.other = 'fine'
print(Color.other, sorted(m.name for m in Color), [c.value for c in Color])
print(Color.RED == Color.RED, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED))
print({Color.RED: 'r'}[Color(1)], str(Color.GREEN), f'{Color.BLUE}')
