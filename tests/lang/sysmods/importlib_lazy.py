import importlib.util, importlib.machinery, sys, os, tempfile, threading

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "lazymod.py")
    with open(p, "w") as f:
        f.write("import sys\nsys.lazy_log.append('executed')\nVALUE = 42\ndef f():\n    return VALUE + 1\n")
    sys.lazy_log = []
    spec = importlib.util.spec_from_file_location("lazymod", p)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["lazymod"] = mod
    loader.exec_module(mod)
    print(sys.lazy_log, type(mod).__name__ == "_LazyModule")
    print(mod.VALUE, sys.lazy_log, type(mod).__name__)
    print(mod.f(), sys.lazy_log)

    # attributes set before the load are kept
    sys.lazy_log = []
    spec = importlib.util.spec_from_file_location("lazymod2", p)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    mod2 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod2)
    print(sys.lazy_log)
    mod2.VALUE = 7
    print(mod2.VALUE, mod2.f(), sys.lazy_log)

    # many threads touching it at once: executed exactly once
    sys.lazy_log = []
    spec = importlib.util.spec_from_file_location("lazymod3", p)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    mod3 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod3)
    out = []
    ts = [threading.Thread(target=lambda: out.append(mod3.f())) for _ in range(8)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(out, sys.lazy_log)

    factory = importlib.util.LazyLoader.factory(importlib.machinery.SourceFileLoader)
    lz = factory("lazymod4", p)
    print(type(lz).__name__, type(lz.loader).__name__)
try:
    importlib.util.LazyLoader(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    importlib.util.LazyLoader.factory(object)
except TypeError as e:
    print(type(e).__name__, e)
