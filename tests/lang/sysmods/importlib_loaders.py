import importlib, importlib.abc, importlib.util, importlib.machinery
import sys, os, tempfile

class StringLoader(importlib.abc.Loader):
    """Loads modules from a dict of source strings."""
    def __init__(self, sources):
        self.sources = sources
    def exec_module(self, module):
        exec(self.sources[module.__name__], module.__dict__)

loader = StringLoader({"virt": "A = 1\nB = A + 1\n", "virt2": "raise ValueError('boom')\n"})
spec = importlib.util.spec_from_loader("virt", loader)
print(spec.name, spec.origin, spec.submodule_search_locations, spec.loader is loader)
mod = importlib.util.module_from_spec(spec)
loader.exec_module(mod)
print(mod.A, mod.B, mod.__name__, mod.__loader__ is loader)
m = loader.load_module("virt")
print(m.B, sys.modules["virt"] is m)
try:
    loader.load_module("virt2")
except ValueError as e:
    print(type(e).__name__, e, "virt2" in sys.modules)

spec = importlib.util.spec_from_loader("withorigin", loader, origin="somewhere", is_package=True)
print(spec.origin, spec.submodule_search_locations, spec.parent, spec.has_location)

class SrcLoader(importlib.abc.InspectLoader):
    def get_source(self, fullname):
        return "VALUE = %r\n" % fullname
l = SrcLoader()
m = importlib.util.module_from_spec(importlib.util.spec_from_loader("insp.mod", l))
l.exec_module(m)
print(m.VALUE, m.__package__)
print(isinstance(importlib.machinery.SourceFileLoader("a", "b"), importlib.abc.Loader))

try:
    class Abstract(importlib.abc.InspectLoader):
        pass
    Abstract()
except TypeError as e:
    print(type(e).__name__)

# reload re-executes the source in the same module object
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "reloadme.py")
    with open(p, "w") as f:
        f.write("COUNT = 1\n")
    sys.path.insert(0, d)
    try:
        import reloadme
        print(reloadme.COUNT)
        with open(p, "w") as f:
            f.write("COUNT = 2\nEXTRA = 'x'\n")
        r = importlib.reload(reloadme)
        print(r is reloadme, reloadme.COUNT, reloadme.EXTRA)
        print(importlib.import_module("reloadme") is reloadme)
    finally:
        sys.path.remove(d)

for args in [("nonexistent_zzz",), (".x",), ("",)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    importlib.reload(5)
except TypeError as e:
    print(type(e).__name__, e)
print(importlib.reload(sys) is sys, importlib.reload(importlib) is importlib)
print(importlib.machinery.PathFinder.find_spec("json").name, importlib.machinery.PathFinder.find_spec("nope_zz"))
