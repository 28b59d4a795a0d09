import os, sys, json
import unittest
from unittest import mock
from unittest.mock import patch, MagicMock, Mock, call, sentinel
import _patchtarget as target
from _uttool import run_tests

print(target.compute(3))
with patch("_patchtarget.helper") as h:
    h.return_value = 100
    print(target.compute(3), h.call_args, type(h).__name__, repr(h).split(" id=")[0])
print(target.compute(3))
with patch("_patchtarget.helper", return_value=7):
    print(target.compute(1))
with patch("_patchtarget.CONSTANT", 99):
    print(target.compute(0))
print(target.CONSTANT)
with patch.object(target, "helper", side_effect=lambda x: -x) as h:
    print(target.compute(5), h.call_count)
with patch("_patchtarget.helper", new=lambda x: "new"):
    print(target.compute(1))
with patch("_patchtarget.Widget") as W:
    W.return_value.render.return_value = "mock render"
    print(target.make_widget("w"), W.call_args)
with patch("_patchtarget.Widget", spec=True) as W:
    print(type(W).__name__, type(W.return_value).__name__, isinstance(W.return_value, target.Widget))
    try:
        W.return_value.nonexistent
    except AttributeError as e:
        print("AttributeError", e)
with patch("_patchtarget.missing_attr", create=True) as ma:
    print(target.missing_attr is ma)
print(hasattr(target, "missing_attr"))
try:
    with patch("_patchtarget.missing_attr"):
        pass
except AttributeError as e:
    print("AttributeError", str(e).split(" from ")[0].replace(repr(target), "<mod>"))
try:
    patch("nodots")
except TypeError as e:
    print("TypeError", e)
try:
    patch.object("str", "x")
except TypeError as e:
    print("TypeError", e)

@patch("_patchtarget.helper")
@patch("_patchtarget.other", return_value="o")
def decorated(mock_other, mock_helper, extra):
    mock_helper.return_value = extra
    return target.compute(1), target.other(), mock_other.called
print(decorated(11))
print(target.compute(1), target.other())

@patch.multiple("_patchtarget", helper=mock.DEFAULT, other=mock.DEFAULT)
def multi(helper, other):
    helper.return_value = 1
    other.return_value = 2
    return target.compute(0), target.other()
print(multi())

d = {"a": 1, "b": 2}
with patch.dict(d, {"b": 20, "c": 30}):
    print(sorted(d.items()))
print(sorted(d.items()))
with patch.dict(d, clear=True, z=26):
    print(d)
print(d)
with patch.dict(os.environ, {"FTPY_MOCK_TEST": "yes"}):
    print(os.environ.get("FTPY_MOCK_TEST"))
print(os.environ.get("FTPY_MOCK_TEST"))
@patch.dict(d, {"q": 1})
def fd():
    return sorted(d)
print(fd(), sorted(d))

p = patch("_patchtarget.helper", return_value="started")
started = p.start()
print(target.compute(1), started is target.helper)
p.stop()
print(target.compute(1))
p1 = patch.object(target, "other", return_value=1); p1.start()
p2 = patch.dict(d, {"x": 1}); p2.start()
patch.stopall()
print(target.other(), sorted(d))

with patch("builtins.open", mock.mock_open(read_data="line1\nline2\n")) as mo:
    with open("whatever.txt") as f:
        print(repr(f.read()))
    with open("x") as f:
        print(f.readline(), f.readlines())
    with open("y") as f:
        print(list(f))
    mo.assert_called_with("y")
    print(mo.call_count)
    with open("out", "w") as f:
        f.write("data")
    f.write.assert_called_once_with("data")

@patch("_patchtarget.helper", return_value=5)
class PatchedTests(unittest.TestCase):
    def test_one(self, mh):
        self.assertEqual(target.compute(1), 5 + target.CONSTANT)
    def test_two(self, mh):
        mh.assert_not_called()
        target.compute(2)
        mh.assert_called_once_with(2)
    def not_a_test(self):
        return target.helper is not None
run_tests(PatchedTests)
print(PatchedTests("test_one").not_a_test(), isinstance(target.helper, Mock))

auto = mock.create_autospec(target.Widget)
inst = auto("n")
inst.render.return_value = "auto"
print(inst.render(), auto.call_args, isinstance(inst, target.Widget))
try:
    inst.bogus
except AttributeError as e:
    print("AttributeError", e)
with patch("_patchtarget.Widget", autospec=True) as AW:
    target.make_widget("q")
    print(AW.call_args)
