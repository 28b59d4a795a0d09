# sysconfig's variables are computed once even when first asked from many threads
import threading, sys

results = []
def worker():
    import sysconfig
    results.append((id(sysconfig.get_config_vars()), sysconfig.get_config_var("py_version_short")))

ts = [threading.Thread(target=worker) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(results), len(set(r[0] for r in results)), set(r[1] for r in results) == {"%d.%d" % sys.version_info[:2]})

import sysconfig
v = sysconfig.get_config_vars()
print(sysconfig.get_config_vars("py_version_short", "VERSION") == [v["py_version_short"], v["VERSION"]])
print(isinstance(sysconfig.get_platform(), str), "-" in sysconfig.get_platform())
d = sysconfig.get_paths(vars={"base": "/x", "platbase": "/y", "installed_base": "/z", "installed_platbase": "/w"})
print(d["data"], d["scripts"], d["purelib"].startswith("/x/"), d["platlib"].startswith("/y/"), d["stdlib"].startswith("/z/"))
print(sysconfig.get_paths("posix_prefix") == sysconfig.get_paths("posix_prefix"))
print(sysconfig.get_makefile_filename().endswith("Makefile"), sysconfig.get_config_h_filename().endswith("pyconfig.h"))
for scheme in ["posix_prefix", "posix_home", "posix_user"]:
    p = sysconfig.get_paths(scheme, expand=False)
    print(scheme, sorted(k for k in p if k in sysconfig.get_path_names()))
