import sys
import _helper_mod
import _helper_mod as again
print(_helper_mod is again, _helper_mod.bump(), again.bump(), _helper_mod.counter)
print(_helper_mod.__name__, "_helper_mod" in sys.modules, __name__)
from _helper_mod import bump, counter
print(bump(), counter)
import _pkg
print(_pkg.PKG_VALUE, _pkg.sub_function(), _pkg.sub_alias is _pkg.sub)
print(_pkg.sub.NAME, _pkg.sub.PACKAGE, _pkg.__package__, _pkg.__name__)
import _pkg.sub2
print(_pkg.sub2.PARENT_SUB_NAME, _pkg.sub2.leaf.LEAF)
import _pkg.sub2.leaf as lf
print(lf.LEAF, lf.__name__, lf.__package__)
from _pkg.sub2 import leaf
print(leaf is lf)
from _pkg import sub, sub_function as sf
print(sub.NAME, sf())
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
import _circ_a
print(_circ_a.A, _circ_a.get_b(), _circ_a._circ_b.get_a())
print(hasattr(_pkg, "__path__"), hasattr(_helper_mod, "__path__"), _helper_mod.__file__.endswith("_helper_mod.py"))
