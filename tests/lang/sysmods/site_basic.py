import sys, os
path_before = list(sys.path)
import site, sysconfig

print(type(site.ENABLE_USER_SITE).__name__, site.ENABLE_USER_SITE == (not sys.flags.no_user_site))
print(site.PREFIXES == [sys.prefix, sys.exec_prefix])
sp = site.getsitepackages()
print(type(sp).__name__, len(sp) >= 1, all(p.endswith("site-packages") for p in sp))
print(sp[0] == sysconfig.get_path("purelib"))
print(site.getuserbase() == site.USER_BASE == sysconfig.get_config_var("userbase"))
print(site.getusersitepackages() == site.USER_SITE)
print(site.USER_SITE == sysconfig.get_path("purelib", "posix_user"))
print(site.USER_SITE.startswith(site.USER_BASE), site.USER_SITE.endswith("site-packages"))
r = site.getsitepackages(["/some/prefix"])
print(len(r), r[0].startswith("/some/prefix/lib"), r[0].endswith("/site-packages"))
print(len(site.getsitepackages(["/a", "/a", ""])))
print(sys.path[:len(path_before)] == path_before)
print(callable(site.main), callable(site.addsitedir), callable(site.addpackage))
print(site.check_enableusersite())
print(site.makepath("/a/b", "c"))
for name in ["quit", "exit"]:
    print(name, hasattr(__builtins__, name) if not isinstance(__builtins__, dict) else name in __builtins__)
