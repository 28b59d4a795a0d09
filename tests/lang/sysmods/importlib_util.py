import importlib, importlib.util, importlib.machinery as machinery
import os, sys, tempfile

print(importlib.import_module("json").__name__, importlib.import_module(".decoder", "json").__name__)
print(callable(importlib.reload), callable(importlib.invalidate_caches), importlib.invalidate_caches())
print(callable(importlib.__import__))
print(machinery.SOURCE_SUFFIXES, machinery.BYTECODE_SUFFIXES, ".py" in machinery.all_suffixes())

def show(spec):
    if spec is None:
        print(None)
        return
    print(spec.name, spec.parent, spec.has_location, spec.submodule_search_locations is not None,
          type(spec.loader).__name__ if not isinstance(spec.loader, type) else spec.loader.__name__,
          None if spec.origin is None else os.path.basename(spec.origin))

show(importlib.util.find_spec("json"))
show(importlib.util.find_spec("json.decoder"))
show(importlib.util.find_spec("textwrap"))
show(importlib.util.find_spec("sys"))
show(importlib.util.find_spec("nonexistent_module_zz"))
show(importlib.util.find_spec(".decoder", "json"))
for args in [("nonexistent_zz.sub",), (".x",), ("textwrap.sub",)]:
    try:
        importlib.util.find_spec(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(importlib.util.resolve_name(".b", "a.c"), importlib.util.resolve_name("..b", "a.c"), importlib.util.resolve_name("x", None))
try:
    importlib.util.resolve_name("...b", "a.c")
except ImportError as e:
    print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "mymod.py")
    with open(p, "w") as f:
        f.write("X = 42\ndef f():\n    return __name__\n")
    spec = importlib.util.spec_from_file_location("mymod", p)
    print(spec.name, spec.origin == p, spec.has_location, spec.submodule_search_locations, type(spec.loader).__name__)
    m = importlib.util.module_from_spec(spec)
    print(m.__name__, m.__file__ == p, m.__spec__ is spec, m.__loader__ is spec.loader, repr(m.__package__), hasattr(m, "X"))
    spec.loader.exec_module(m)
    print(m.X, m.f())
    print(spec.loader.get_source("mymod").splitlines())
    print(spec.loader.is_package("mymod"), spec.loader.get_filename("mymod") == p)
    # a package with __init__.py and a submodule, found through sys.path
    pkg = os.path.join(d, "mypkg")
    os.mkdir(pkg)
    with open(os.path.join(pkg, "__init__.py"), "w") as f:
        f.write("NAME = 'pkg'\n")
    with open(os.path.join(pkg, "sub.py"), "w") as f:
        f.write("from . import NAME\nVALUE = NAME + '.sub'\n")
    spec = importlib.util.spec_from_file_location("mypkg", os.path.join(pkg, "__init__.py"))
    print(spec.parent, spec.submodule_search_locations == [pkg])
    sys.path.insert(0, d)
    try:
        show(importlib.util.find_spec("mypkg"))
        show(importlib.util.find_spec("mymod"))
        show(importlib.util.find_spec("mypkg.sub"))
        import mypkg.sub
        print(mypkg.sub.VALUE)
        ns = os.path.join(d, "nspkg")
        os.mkdir(ns)
        show(importlib.util.find_spec("nspkg"))
    finally:
        sys.path.remove(d)
    # load_module protocol and sys.modules registration
    loader = machinery.SourceFileLoader("mymod2", p)
    m2 = loader.load_module("mymod2")
    print(m2.X, "mymod2" in sys.modules, m2.f())
    try:
        loader.load_module("other")
    except ImportError as e:
        print(type(e).__name__, e)
    print(importlib.util.spec_from_file_location("x", os.path.join(d, "data.txt")))

s = machinery.ModuleSpec("foo", None)
print(s, s.parent, s.cached, s.has_location)
s = machinery.ModuleSpec("foo.bar", None, origin="/x/y.py", is_package=True)
print(s, s.parent, s.submodule_search_locations)
print(machinery.ModuleSpec("a", None) == machinery.ModuleSpec("a", None), machinery.ModuleSpec("a", None) == machinery.ModuleSpec("b", None))
print(machinery.BuiltinImporter.find_spec("sys").origin, machinery.BuiltinImporter.find_spec("json"))
m = importlib.util.module_from_spec(machinery.ModuleSpec("empty_mod", None))
print(m.__name__, m.__spec__.name, repr(m.__package__), hasattr(m, "__file__"))
try:
    importlib.util.module_from_spec(5)
except Exception as e:
    print(type(e).__name__, e)
print(importlib.util.decode_source(b"a\r\nb\rc\n"))
print(importlib.util.decode_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n"))
