import os, tempfile
from pathlib import Path, PurePosixPath

tmp = tempfile.TemporaryDirectory()
base = Path(tmp.name)
def mk(rel, content=None):
    p = base / rel
    if content is None:
        p.mkdir(parents=True, exist_ok=True)
    else:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(content)
for d in ["src/pkg/sub", "docs", ".git/objects", "empty"]:
    mk(d)
for f in ["src/a.py", "src/B.PY", "src/pkg/__init__.py", "src/pkg/mod.py", "src/pkg/sub/deep.py",
          "src/pkg/sub/data.json", "docs/index.md", "docs/.hidden.md", ".git/config", "top.txt", "README"]:
    mk(f, f)
(base / "link_to_src").symlink_to("src")
(base / "src" / "loop").symlink_to("..")

def show(pattern, root=base, **kw):
    try:
        res = sorted(p.relative_to(root).as_posix() for p in root.glob(pattern, **kw))
        print(pattern, kw or "", res)
    except Exception as e:
        print(pattern, type(e).__name__, e)

for pat in ["*", "*/", "*.txt", "src/*.py", "src/**/*.py", "**/*.md", "**/sub", "**/sub/", "src/**",
            "src/**/", "*/pkg/*.py", "src/pkg/../a.py", "src/*/sub/*", ".git/*", "README", "nothere",
            "src/pkg/sub/deep.py", "*/*/*/*", "[ds]*", "?op.txt", "src/[!a]*", "link_to_src/*.py",
            "**/__init__.py", "empty/*", "empty/**"]:
    show(pat)
show("src/*.py", case_sensitive=False)
show("SRC/*.py", case_sensitive=False)
show("src/**/*.py", recurse_symlinks=False)
print(sorted(p.relative_to(base).as_posix() for p in base.rglob("*.py") if "loop" not in p.parts and "link_to_src" not in p.parts))
print(sorted(p.relative_to(base / "src").as_posix() for p in (base / "src").rglob("sub/")))
print(sorted(p.name for p in (base / "src").rglob("*.json")))
os.chdir(base)
print(sorted(str(p) for p in Path().glob("*.txt")), sorted(str(p) for p in Path(".").glob("src/*.py")))
print(sorted(str(p) for p in Path("src").glob("**/*.json")))
print(sorted(str(p) for p in Path().glob("**/deep.py") if "loop" not in str(p) and "link" not in str(p)))
print(PurePosixPath("src/pkg/mod.py").full_match("src/**/*.py"), PurePosixPath("src/mod.py").full_match("src/**/*.py"))
os.chdir("/")
tmp.cleanup()
