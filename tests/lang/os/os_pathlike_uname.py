import os, pathlib
class P:
    def __fspath__(self): return "/tmp/x"
print(isinstance(P(), os.PathLike), isinstance("s", os.PathLike), issubclass(pathlib.PurePath, os.PathLike))
print(os.fsencode(P()), os.fsdecode(b"a\xffb"), os.fsencode(pathlib.Path("/a")), os.fsdecode(pathlib.Path("b")))
u = os.uname()
print(type(u).__name__, len(u), u.sysname, repr(u)[:30], u[0] == u.sysname)
print(os.PathLike[str])
try:
    os.fsencode(3)
except TypeError as e:
    print(e)
