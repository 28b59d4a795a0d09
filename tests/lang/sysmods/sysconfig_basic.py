import sysconfig, sys, os

gil_disabled = sysconfig.get_config_var("Py_GIL_DISABLED")
print(type(gil_disabled).__name__, gil_disabled in (0, 1))
# the build flag agrees with the running interpreter's default mode
print(bool(gil_disabled) == (not sys._is_gil_enabled()) if hasattr(sys, "_is_gil_enabled") else True)
print(("t" in sysconfig.get_config_var("abiflags")) == bool(gil_disabled))
print(sysconfig.get_python_version() == "%d.%d" % sys.version_info[:2])
print(sysconfig.get_config_var("VERSION") == sysconfig.get_python_version())
print(sysconfig.get_config_var("py_version_short") == sysconfig.get_python_version())
print(sysconfig.get_config_var("py_version_nodot") == "%d%d" % sys.version_info[:2])
print(sysconfig.get_config_var("py_version") == sys.version.split()[0])
print(sysconfig.get_platform() == "linux-" + os.uname().machine)
print(sysconfig.get_config_var("SIZEOF_VOID_P") == (8 if sys.maxsize > 2**32 else 4))
print(sysconfig.get_config_var("prefix") == os.path.normpath(sys.prefix))
print(sysconfig.get_config_var("exec_prefix") == os.path.normpath(sys.exec_prefix))
print(sysconfig.get_config_var("EXE"), repr(sysconfig.get_config_var("MACHDEP")))
print(sysconfig.get_config_var("nonexistent_var_zz"))
v = sysconfig.get_config_vars()
print(type(v).__name__, v is sysconfig.get_config_vars())
for k in ["Py_GIL_DISABLED", "prefix", "exec_prefix", "py_version", "VERSION", "SIZEOF_VOID_P",
          "Py_DEBUG", "WITH_DOC_STRINGS", "userbase", "platlibdir", "installed_base", "base",
          "platbase", "projectbase", "LIBDIR", "BINDIR", "MULTIARCH", "TZPATH", "abiflags"]:
    print(k, k in v)
print(sysconfig.get_config_vars("VERSION", "nope", "Py_DEBUG"))
print(type(sysconfig.get_config_var("Py_DEBUG")).__name__, type(sysconfig.get_config_var("WITH_DOC_STRINGS")).__name__)

print(sysconfig.get_path_names())
print("posix_prefix" in sysconfig.get_scheme_names(), "posix_user" in sysconfig.get_scheme_names(),
      "posix_home" in sysconfig.get_scheme_names())
print(sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme("user"), sysconfig.get_preferred_scheme("home"))
try:
    sysconfig.get_preferred_scheme("bad")
except KeyError as e:
    print(type(e).__name__, e)
paths = sysconfig.get_paths()
print(sorted(paths))
print(all(os.path.isabs(p) for p in paths.values()))
print(paths["purelib"].endswith("site-packages"), paths["platlib"].endswith("site-packages"))
print(os.path.isfile(os.path.join(paths["stdlib"], "os.py")))
print(sysconfig.get_path("purelib") == paths["purelib"], sysconfig.get_path("scripts") == paths["scripts"])
print(sysconfig.get_path("data", vars={"base": "/B"}))
print(sysconfig.get_path("purelib", "posix_user", vars={"userbase": "/U"}).startswith("/U/lib/"))
raw = sysconfig.get_paths(expand=False)
print(all("{" in p for p in raw.values()))
print(sysconfig.get_path("data", "posix_home", {"base": "/h"}), sysconfig.get_path("scripts", "posix_home", {"base": "/h"}))
for args in [("bogus",), ("purelib", "no_scheme")]:
    try:
        sysconfig.get_path(*args)
    except KeyError as e:
        print(type(e).__name__, e)
try:
    sysconfig.get_paths("no_scheme")
except KeyError as e:
    print(type(e).__name__, e)
print(sysconfig.is_python_build())
import io
print(sysconfig.parse_config_h(io.StringIO("#define HAVE_X 1\n#define NAME \"abc\"\n/* #undef HAVE_Y */\nother\n")))
