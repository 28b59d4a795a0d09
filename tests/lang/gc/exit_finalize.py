# What a program leaves behind is finalized at exit, as CPython's teardown
# does: unclosed files are flushed, suspended generators run their finally
# blocks, __del__ methods run, atexit callbacks come first.
import os
import subprocess
import sys
import tempfile

CHILD = r'''
import atexit, json, sys
path = sys.argv[1]
f = open(path + ".txt", "w")
f.write("written, never closed")
json.dump({"k": [1, 2, 3]}, open(path + ".json", "w"))
b = open(path + ".bin", "wb")
b.write(b"\x00\x01binary")

def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", tag)

g = gen("suspended")
next(g)

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

r = Res("global")
atexit.register(lambda: print("atexit runs first"))
print("main done")
'''

with tempfile.TemporaryDirectory() as d:
    base = os.path.join(d, "out")
    p = subprocess.run([sys.executable, "-c", CHILD, base], capture_output=True, text=True)
    lines = p.stdout.splitlines()
    print("exit status", p.returncode)
    print("first line:", lines[0])
    print("atexit before finalizers:", lines[1] == "atexit runs first")
    print("finalizer lines:", sorted(lines[2:]))
    print("stderr empty:", p.stderr == "")
    with open(base + ".txt") as fh:
        print("text file:", fh.read())
    with open(base + ".json") as fh:
        print("json file:", fh.read())
    with open(base + ".bin", "rb") as fh:
        print("binary file:", fh.read())
