from unittest import mock
from unittest.mock import Mock, MagicMock, call, create_autospec, patch
import _patchtarget as target

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", "" if isinstance(r, mock.NonCallableMock) else r)
    except Exception as e:
        print(type(e).__name__ + ":", e, "| cause:", repr(e.__cause__) if e.__cause__ else None)

def func(a, b, c=3, *, d=4):
    return a
m = Mock(spec=func)
m(1, 2)
show(m.assert_called_with, 1, 2)
show(m.assert_called_with, a=1, b=2)
show(m.assert_called_with, 1, b=2, c=3)
show(m.assert_called_with, 1, 3)
show(m.assert_called_with, 1, 2, 3, 4, 5)
show(m.assert_any_call, b=2, a=1)
show(m.assert_any_call, 9, 9)
show(m.assert_has_calls, [call(a=1, b=2)])
show(m.assert_has_calls, [call(1, 2, 3, 4, 5)])
show(m, 1)   # spec'd Mock does not check the call itself

class Widget:
    def __init__(self, name, size=1):
        self.name = name
    def render(self, fmt, *, upper=False):
        return fmt
    @staticmethod
    def make(x):
        return x
    @classmethod
    def build(cls, y):
        return y
    attr = 5

W = create_autospec(Widget)
show(W, "n")
show(W, "n", 2)
show(W)
show(W, "n", 2, 3)
inst = W("x")
show(inst.render, "html")
show(inst.render, "html", upper=True)
show(inst.render)
show(inst.render, "a", "b")
show(W.make, 1)
show(W.make)
show(W.build, 2)
show(W.build, 1, 2)
inst.render("txt", upper=True)
show(inst.render.assert_called_with, fmt="txt", upper=True)
show(inst.render.assert_called_with, "txt")
print(W.mock_calls)
show(getattr, inst, "nope")
print(repr(inst.attr).split(" id=")[0], type(inst.attr).__name__)
I = create_autospec(Widget, instance=True)
show(I.render, "y")
show(I)
S = create_autospec(Widget, spec_set=True)
show(setattr, S, "other", 1)
with patch("_patchtarget.Widget", autospec=True) as AW:
    print(repr(target.make_widget("q")).split(" id=")[0])
    show(AW.assert_called_once_with, "q")
    show(AW.assert_called_once_with, name="q")
    show(AW.return_value.render.assert_called_once_with)
    show(target.Widget, 1, 2, 3)
with patch.object(target, "helper", autospec=True) as ah:
    ah.return_value = 0
    print(target.compute(7))
    show(target.helper)
    show(ah.assert_called_once_with, x=7)

# autospec of a plain function gives a real function
af = create_autospec(func, return_value="R")
import inspect
print(inspect.isfunction(af), af.__name__, af(1, 2), af.called, af.call_count, af.call_args)
show(af, 1)
show(af.assert_called_once_with, a=1, b=2)
show(af.assert_called_with, 5, 6)
af.reset_mock()
print(af.called, af.call_count, af.mock.call_count)
af.side_effect = ValueError("se")
show(af, 1, 2)
print(af.mock_calls)
with patch("_patchtarget.helper", autospec=True) as ph:
    print(inspect.isfunction(ph), target.helper is ph)
    ph.return_value = 1
    print(target.compute(3))
    show(ph.assert_called_once_with, x=3)
    show(target.helper, 1, 2)
