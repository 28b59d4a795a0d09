import os, tempfile
from pathlib import Path

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e).replace(str(base), "<tmp>"))

tmp = tempfile.TemporaryDirectory()
base = Path(tmp.name)
rel = lambda p: p.relative_to(base).as_posix()

d = base / "d"
print(d.exists(), d.is_dir(), d.is_file(), d.is_symlink())
d.mkdir()
print(d.exists(), d.is_dir(), d.is_file())
t(lambda: d.mkdir())
d.mkdir(exist_ok=True)
t(lambda: (base / "x" / "y").mkdir())
(base / "x" / "y" / "z").mkdir(parents=True)
print((base / "x/y/z").is_dir())
f = d / "hello.txt"
print(f.write_text("héllo\nworld\n"), f.read_text(), f.read_bytes(), f.stat().st_size)
print(f.write_bytes(b"\x00\x01bin"), f.read_bytes(), f.write_bytes(bytearray(b"ab")), f.read_text())
t(lambda: f.write_text(b"x"))
t(lambda: f.write_text("x", encoding="ascii", errors="strict") and f.read_text(encoding="ascii"))
(d / "crlf.txt").write_text("a\nb\n", newline="\r\n")
print((d / "crlf.txt").read_bytes(), repr((d / "crlf.txt").read_text()), repr((d / "crlf.txt").read_text(newline="")))
with f.open("w") as fh:
    fh.write("via open\n")
with f.open() as fh:
    print(fh.read())
with f.open("ab") as fh:
    fh.write(b"more")
print(f.read_bytes())
t(lambda: (d / "missing.txt").read_text())
(d / "t1").touch()
print((d / "t1").exists(), (d / "t1").stat().st_size)
(d / "t1").touch()
t(lambda: (d / "t1").touch(exist_ok=False))
for name in ["b.py", "a.py", "c.txt", ".hidden"]:
    (d / name).write_text(name)
(d / "sub").mkdir()
(d / "sub" / "deep.py").write_text("x")
(d / "sub" / "inner").mkdir()
(d / "sub" / "inner" / "x.py").write_text("x")
print(sorted(p.name for p in d.iterdir()))
for pat in ["*.py", "*", "*/", "**/*.py", "sub/*", "**", "**/", "s*/**/*.py", "*.PY", "nothing*", "sub/inner/x.py", ".*", "[ab].py"]:
    print(pat, sorted(rel(p) for p in d.glob(pat)))
print(sorted(rel(p) for p in d.glob("*.PY", case_sensitive=False)))
print(sorted(rel(p) for p in d.rglob("*.py")), sorted(rel(p) for p in d.rglob("inner")))
t(lambda: list(d.glob("")))
t(lambda: list(d.glob("/abs")))
for dirpath, dirnames, filenames in sorted(d.walk(), key=lambda x: str(x[0])):
    print(rel(dirpath), sorted(dirnames), sorted(filenames))
for dirpath, dirnames, filenames in d.walk(top_down=False):
    pass
print(rel(dirpath))
errs = []
print(list((base / "nope").walk(on_error=errs.append)), [type(e).__name__ for e in errs])
g = d / "a.py"
new = g.rename(d / "renamed.py")
print(type(new).__name__, rel(new), g.exists(), new.exists())
new2 = new.replace(d / "b.py")
print(rel(new2), (d / "b.py").read_text())
t(lambda: (d / "nope").rename(d / "x"))
(d / "c.txt").unlink()
t(lambda: (d / "c.txt").unlink())
(d / "c.txt").unlink(missing_ok=True)
t(lambda: (d / "sub").rmdir())
(d / "sub" / "inner" / "x.py").unlink()
(d / "sub" / "inner").rmdir()
print(sorted(p.name for p in (d / "sub").iterdir()))
link = d / "link"
link.symlink_to("b.py")
print(link.is_symlink(), link.is_file(), link.exists(), rel(link.resolve()), link.readlink(), link.lstat().st_size != link.stat().st_size)
dangling = d / "dangling"
dangling.symlink_to("nowhere")
print(dangling.exists(), dangling.exists(follow_symlinks=False), dangling.is_symlink(), dangling.is_file())
t(lambda: dangling.resolve(strict=True))
hard = d / "hard"
hard.hardlink_to(d / "b.py")
print(hard.samefile(d / "b.py"), hard.samefile(str(d / "b.py")), hard.samefile(d / "t1"))
print(rel((d / "sub" / ".." / "b.py").resolve()), (d / "sub/../b.py").resolve() == (d / "b.py").resolve())
print(Path(".").absolute() == Path.cwd(), Path("x").absolute() == Path.cwd() / "x", Path("/a").absolute())
print(Path.cwd().is_absolute(), Path.home().is_absolute(), Path("~").expanduser() == Path.home(), Path("~/q").expanduser() == Path.home() / "q")
print(Path("x/~").expanduser(), Path("/~").expanduser())
os.chdir(d)
print(sorted(str(p) for p in Path(".").glob("*.py")), sorted(str(p) for p in Path().iterdir() if p.suffix == ".py"))
print(sorted(str(p) for p in Path("sub").glob("*")), Path("b.py").exists(), Path("sub").is_dir())
(d / "ch").write_text("x")
(d / "ch").chmod(0o600)
print(oct((d / "ch").stat().st_mode & 0o777))
print((base / "d").is_mount(), Path("/").is_mount(), (d / "t1").is_fifo(), (d / "t1").is_socket(), (d / "t1").is_block_device(), (d / "t1").is_char_device())
print(Path("/dev/null").is_char_device(), Path("/dev/null").exists())
os.chdir("/")
tmp.cleanup()
print(base.exists())
from pathlib import Path
for u in ["file:///a%20b/c", "file://localhost/x/y", "file:///", "file:///%C3%A9%2", "http://x", "file:relative", "file:/abs"]:
    try: print(repr(Path.from_uri(u)))
    except Exception as e: print(type(e).__name__, e)
