# A small ORM: metaclass collecting fields, descriptors, __init_subclass__,
# class-level queries, __repr__/__eq__/__hash__, inheritance of fields.
class Field:
    _counter = 0
    def __init__(self, kind, *, default=None, required=False):
        self.kind, self.default, self.required = kind, default, required
        Field._counter += 1
        self.order = Field._counter
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._values.get(self.name, self.default)
    def __set__(self, obj, value):
        if value is not None and not isinstance(value, self.kind):
            raise TypeError('%s.%s expects %s' % (type(obj).__name__, self.name, self.kind.__name__))
        obj._values[self.name] = value
    def __repr__(self):
        return '<Field %s:%s>' % (self.name, self.kind.__name__)

class ModelMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, table=None):
        fields = {}
        for base in reversed(bases):
            fields.update(getattr(base, '_fields', {}))
        own = sorted((v.order, k, v) for k, v in ns.items() if isinstance(v, Field))
        for _, k, v in own:
            fields[k] = v
        ns['_fields'] = fields
        cls = super().__new__(mcls, name, bases, ns)
        cls._table = table or name.lower()
        cls._rows = []
        if bases:
            mcls.registry[cls._table] = cls
        return cls
    def __len__(cls):
        return len(cls._rows)
    def __iter__(cls):
        return iter(cls._rows)
    def where(cls, **conds):
        return [r for r in cls._rows if all(getattr(r, k) == v for k, v in conds.items())]

class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        self._values = {}
        for name, f in self._fields.items():
            if name in kw:
                setattr(self, name, kw.pop(name))
            elif f.required:
                raise TypeError('missing required field %r' % name)
        if kw:
            raise TypeError('unknown fields: %s' % ', '.join(sorted(kw)))
        type(self)._rows.append(self)
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.created = True
    def __repr__(self):
        inner = ', '.join('%s=%r' % (k, getattr(self, k)) for k in self._fields)
        return '%s(%s)' % (type(self).__name__, inner)
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._values == other._values
    def __hash__(self):
        return hash(tuple(sorted(self._values.items())))

class User(Model, table='users'):
    name = Field(str, required=True)
    age = Field(int, default=0)
class Admin(User):
    level = Field(int, default=1)

u1 = User(name='ann', age=30)
u2 = User(name='bob')
a = Admin(name='root', level=9)
print(u1, u2, a)
print(list(User._fields), list(Admin._fields), User._table, Admin._table)
print(len(User), len(Admin), [u.name for u in User], User.where(age=0))
print(sorted(ModelMeta.registry), User.created, Admin.created, hasattr(Model, 'created'))
print(u1 == User(name='ann', age=30), u1 == a, u1 != u2, len({u1, User(name='ann', age=30)}))
print(User.name, type(User.__dict__['age']).__name__, Admin.level.order > User.age.order)
for f in (lambda: User(age=3), lambda: User(name='x', bogus=1), lambda: User(name=5),
          lambda: setattr(u1, 'age', 'old')):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
u1.age = None
print(u1.age, isinstance(User, ModelMeta), type(Model).__name__)
