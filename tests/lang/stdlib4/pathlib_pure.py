from pathlib import PurePath, PurePosixPath, Path, PosixPath
import pathlib, os

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

P = PurePosixPath
for s in ["", ".", "/", "//", "///", "a", "a/", "/a/b/c", "a//b", "a/./b", "./a", "a/..", "//a/b", "/../x", "~/x", "a b/c.d"]:
    p = P(s)
    print(repr(s), str(p), repr(p), p.parts, repr(p.root), repr(p.anchor), repr(p.drive), repr(p.name), p.is_absolute())
for s in ["a.txt", "a.tar.gz", ".bashrc", "a.", "a..b", "noext", "/", "dir/x.py", ".a.b", "..."]:
    p = P(s)
    print(s, repr(p.suffix), p.suffixes, repr(p.stem))
print(P("a", "b", "c"), P("a", "/b", "c"), P(P("x"), "y"), P("/a") / "b" / P("c"), "x" / P("y"), P("a").joinpath("b", "/c", "d"))
p = P("/usr/local/lib/python3.13/os.py")
print(p.parent, p.parent.parent, list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], p.parents[::2])
print(P("a/b").parent, P("a").parent, P(".").parent, P("/").parent, list(P("a/b/c").parents))
t(lambda: p.parents[10])
t(lambda: p.parents[-7])
print(p.with_name("x.txt"), p.with_suffix(".pyc"), p.with_suffix(""), p.with_stem("sys"), P("a.tar.gz").with_suffix(".bz2"))
for bad in [lambda: p.with_name(""), lambda: p.with_name("a/b"), lambda: p.with_name("."), lambda: P("/").with_name("x"),
            lambda: p.with_suffix("py"), lambda: p.with_suffix("."), lambda: p.with_suffix("./x"), lambda: P("").with_suffix(".x"),
            lambda: P("a.txt").with_stem(""), lambda: P("a").with_stem("")]:
    t(bad)
print(P("/a/b/c").relative_to("/a"), P("/a/b/c").relative_to(P("/a/b/c")), P("a/b").relative_to("a"))
t(lambda: P("/a/b").relative_to("/c"))
t(lambda: P("/a/b").relative_to("a"))
t(lambda: P("/a/b").relative_to("/a/c", walk_up=True))
t(lambda: P("/a/b").relative_to("/x/y/z", walk_up=True))
t(lambda: P("a/b").relative_to("a/../c", walk_up=True))
print(P("/a/b").is_relative_to("/a"), P("/a/b").is_relative_to("/c"), P("a").is_relative_to("a"), P("a").is_relative_to(""))
for path, pat in [("a/b.py", "*.py"), ("/a/b.py", "/*.py"), ("/a/b.py", "/a/*.py"), ("a/b/c.py", "b/*.py"), ("a/b/c.py", "a/*.py"),
                  ("b.PY", "*.py"), ("a/b", "**/b"), ("x.txt", "x.t?t"), ("x.txt", "x.[tu]xt"), ("x.txt", "x.[!t]xt"), ("a/b", "a/b/c")]:
    print(path, pat, P(path).match(pat), P(path).full_match(pat), P(path).match(pat, case_sensitive=False))
for path, pat in [("a/b/c.py", "**/*.py"), ("a/b/c.py", "a/**"), ("a", "a/**"), ("a/b/c", "a/**/c"), ("a/c", "a/**/c"), ("/x/y", "**"), ("/x/y", "/**/y"), ("x", "**/x")]:
    print(path, pat, P(path).full_match(pat))
t(lambda: P("a").match(""))
print(P("a") == P("a"), P("a") == P("a/"), P("a") == P("b"), P("a") == "a", P("a") != PurePath("a"), P("a") == PosixPath("a"))
print(hash(P("a/b")) == hash(P("a//b")), P("a") < P("b"), P("a/b") < P("a/c"), P("/a") < P("a"), sorted([P("b"), P("a/c"), P("a"), P("/z")]))
t(lambda: P("a") < "b")
t(lambda: P(1))
t(lambda: P("a") / 1)
t(lambda: 1 / P("a"))
print(str(P("a/b")), bytes(P("a/b")), os.fspath(P("/x")), P("/x").as_posix())
print(P("/a b/ü%#").as_uri(), P("/").as_uri())
t(lambda: P("a").as_uri())
print(type(PurePath("x")).__name__, type(Path("x")).__name__, isinstance(Path("x"), PurePath), issubclass(PosixPath, PurePosixPath))
t(lambda: pathlib.WindowsPath("x"))
print(issubclass(pathlib.UnsupportedOperation, NotImplementedError))
print({P("a"): 1}[P("a")], P("a") in {P("a/")}, P("a/b").parts[-1])

class MyPath(PurePosixPath):
    def __init__(self, *args, tag=None):
        super().__init__(*args)
        self.tag = tag
    def with_segments(self, *args):
        return type(self)(*args, tag=self.tag)
m = MyPath("a/b", tag="T")
print(repr(m), repr(m.parent), m.parent.tag, (m / "c").tag, type(m.with_name("z")).__name__)
import copy, pathlib, os, pickle
p = pathlib.Path("/a/b")
print(copy.copy(p), copy.deepcopy(pathlib.PurePosixPath("x/y")), os.path.join(p, "c"), pickle.loads(pickle.dumps(p)))
print(isinstance(p, os.PathLike), sorted({pathlib.Path("b"), pathlib.Path("a")}))
class Sub(pathlib.Path):
    pass
s = Sub("q/r")
print(repr(s), repr(s.parent), repr(s / "z"), s.exists())
import inspect
print(inspect.signature(pathlib.Path.glob))
