import sys
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _pkg.no_such_sub
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from _pkg import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import _helper_mod.child
except ImportError as e:
    print(type(e).__name__, e)
print(isinstance(ModuleNotFoundError(), ImportError))
m = __import__("_pkg.sub")
print(m.__name__)
m = __import__("_pkg.sub", fromlist=["x"])
print(m.__name__)
import importlib
print(importlib.import_module("_pkg.sub2.leaf").LEAF)
print(type(sys).__name__, sys.__name__)
sys.modules["fake_mod"] = 42
import fake_mod
print(fake_mod)
