import unittest
from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, ANY, sentinel, DEFAULT, PropertyMock

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r if not isinstance(r, mock.NonCallableMock) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)

m = Mock()
m(1, 2, a=3)
m.method("x")
m.attr.sub(5)
print(m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_args_list, m.method_calls, m.mock_calls)
print(m.attr.sub.call_args, m.attr.sub is m.attr.sub, m.return_value is m())
m.assert_called_with(1, 2, a=3) if False else None
err(m.assert_called_with, 1, 2, a=3)
err(m.assert_called_with, 1)
err(m.assert_called_once_with, 1, 2, a=3)
err(m.method.assert_called_once_with, "x")
err(m.method.assert_called_once_with, "y")
err(m.method.assert_not_called)
err(Mock(name="fresh").assert_called)
err(Mock().assert_called_once)
err(Mock().assert_called_with, 5)
err(m.assert_any_call, 1, 2, a=3)
err(m.assert_any_call, 9)
err(m.assert_has_calls, [call(1, 2, a=3), call()])
err(m.assert_has_calls, [call(), call(1, 2, a=3)])
err(m.assert_has_calls, [call(), call(1, 2, a=3)], any_order=True)
err(m.assert_has_calls, [call(7)], any_order=True)
err(getattr, m, "assret_called")
err(getattr, m, "assert_foo")
print(call(1, x=2), call.foo.bar(3), call()(4), call.a().b(), call(1) == call(1), call(1) == call(2))
print(call(1).call_list() if False else call.x(1).y(2).call_list())
print(call(1, ANY) == call(1, "whatever"), ANY == object(), repr(ANY))
print(sentinel.foo is sentinel.foo, sentinel.foo, DEFAULT)

# return_value / side_effect
m = Mock(return_value=42)
print(m(), m(1))
m = Mock(side_effect=[1, 2, ValueError("third")])
print(m(), m())
err(m)
err(m)
m = Mock(side_effect=KeyError("k"))
err(m)
m = Mock(side_effect=lambda x: x * 2)
print(m(21))
m = Mock(side_effect=lambda: DEFAULT, return_value="dflt")
print(m())
m = Mock(wraps=lambda a, b: a + b)
print(m(1, 2), m.call_args)
m = Mock(**{"method.return_value": 3, "other.side_effect": IndexError, "attr": "plain"})
print(m.method(), m.attr)
err(m.other)
m.reset_mock()
print(m.method.called, m.method(), m.mock_calls)
m.configure_mock(name_ok=1)
print(m.name_ok)
del m.attr
err(getattr, m, "attr")

# spec
class Thing:
    x = 1
    def meth(self, a): return a
    @property
    def prop(self): return 1
s = Mock(spec=Thing)
print(isinstance(s, Thing), s.meth(1) is not None)
err(getattr, s, "nope")
s.nope = 5
print(s.nope)
ss = Mock(spec_set=Thing)
err(setattr, ss, "nope", 1)
ss.x = 3
print(ss.x)
ls = Mock(spec=["a", "b"])
print(type(ls.a).__name__)
err(getattr, ls, "c")

# MagicMock
mm = MagicMock()
print(len(mm), list(mm), 3 in mm, bool(mm), int(mm), float(mm), mm == mm, mm != mm, mm == 3)
mm.__len__.return_value = 5
mm.__iter__.return_value = [1, 2]
mm.__getitem__.side_effect = lambda k: k * 2
mm.__contains__.return_value = True
print(len(mm), list(mm), mm[4], "z" in mm)
with mm as cm:
    print(cm is mm.__enter__.return_value)
mm.__enter__.assert_called_once_with()
mm.__exit__.assert_called_once_with(None, None, None)
print(mm + 1 is not None, type(mm.__add__).__name__)
mm.__str__.return_value = "custom str"
print(str(mm))
print(mm.mock_calls[:3])
m2 = Mock()
err(len, m2)
m2.__len__ = lambda self: 7
print(len(m2))
err(setattr, m2, "__getattr__", 1)

# naming
parent = Mock()
child = Mock()
parent.attach_mock(child, "kid")
child(1)
parent.kid.grand(2)
print(parent.mock_calls, parent.method_calls)
n = Mock(name="named")
print(repr(n.foo.bar()).split(" id=")[0], repr(n).split(" id=")[0], repr(Mock().x).split(" id=")[0], repr(Mock(spec=Thing)).split(" id=")[0])
print(repr(MagicMock()()).split(" id=")[0], repr(mock.NonCallableMock(name="nc")).split(" id=")[0])
err(mock.NonCallableMock())

# PropertyMock
class WithProp:
    @property
    def value(self): return "real"
with patch.object(WithProp, "value", new_callable=PropertyMock) as pm:
    pm.return_value = "mocked"
    w = WithProp()
    print(w.value)
    w.value = 9
    print(pm.mock_calls)
print(WithProp().value)

# seal
sm = Mock()
sm.a.b = 1
mock.seal(sm)
print(sm.a.b)
err(getattr, sm, "new")
err(getattr, sm.a, "new")
