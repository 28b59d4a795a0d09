# json.tool (python -m json.tool) driven in-process: options, JSON Lines, errors, files.
import io
import json.tool
import os
import sys
import tempfile


def run(args, stdin):
    old = sys.argv, sys.stdin, sys.stdout
    sys.argv = ["json.tool"] + args
    sys.stdin = io.StringIO(stdin)
    out = io.StringIO()
    out.close = lambda: None
    sys.stdout = out
    try:
        json.tool.main()
        res = "ok"
    except SystemExit as e:
        res = "SystemExit(%s)" % (e.code,)
    finally:
        sys.argv, sys.stdin, sys.stdout = old
    print([os.path.basename(a) if os.sep in a else a for a in args], res)
    print(out.getvalue(), end="")


doc = '{"b": [1, 2.5, null], "a": "caf\u00e9", "c": {}}'
run([], doc)
run(["--sort-keys"], doc)
run(["--indent", "1"], doc)
run(["--indent", "0"], doc)
run(["--tab"], doc)
run(["--no-indent"], doc)
run(["--compact", "--sort-keys"], doc)
run(["--no-ensure-ascii", "--compact"], doc)
run(["--json-lines", "--compact"], '{"a": 1}\n[2, 3]\n"x"\n')
run([], "[1,")
run([], "")
run(["--json-lines"], '{"a": 1}\n{bad}\n')

d = tempfile.mkdtemp()
src = os.path.join(d, "in.json")
dst = os.path.join(d, "out.json")
with open(src, "w", encoding="utf-8") as f:
    f.write(doc)
run([src, dst, "--sort-keys", "--indent", "2"], "")
with open(dst, encoding="utf-8") as f:
    print(f.read(), end="")
os.remove(src)
os.remove(dst)
os.rmdir(d)
