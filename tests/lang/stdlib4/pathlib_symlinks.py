import tempfile, os
from pathlib import Path
with tempfile.TemporaryDirectory() as d:
    b = Path(d)
    (b / "real").mkdir(); (b / "real" / "f").write_text("x")
    (b / "ln").symlink_to("real")
    (b / "broken").symlink_to("nowhere")
    for fs in (False, True):
        print(fs, sorted((p.relative_to(b).as_posix(), sorted(dn), sorted(fn)) for p, dn, fn in b.walk(follow_symlinks=fs)))
    print(sorted(p.relative_to(b).as_posix() for p in b.glob("**")))
    print(sorted(p.relative_to(b).as_posix() for p in b.glob("**", recurse_symlinks=True)))
    print(sorted(p.relative_to(b).as_posix() for p in b.glob("*/f")))
    print(sorted(p.relative_to(b).as_posix() for p in b.rglob("f")))
