import os
import os.path as p

print(p.join("a", "b", "c"), p.join("/a", "/b"), p.join("a/", "b"), p.join("", "x"))
print(p.split("/usr/lib/python"), p.split("file"), p.split("/"), p.split("a/b/"))
print(p.splitext("archive.tar.gz"), p.splitext(".bashrc"), p.splitext("noext"), p.splitext("a.b/c"))
print(p.basename("/a/b/c.txt"), p.dirname("/a/b/c.txt"), p.basename("dir/"), p.dirname("x"))
print(p.normpath("a//b/./c/../d"), p.normpath("/../x"), p.normpath(""), p.normpath("//a/b"), p.normpath("../../a"))
print(p.isabs("/x"), p.isabs("x"), p.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]))
print(p.commonpath(["/usr/lib/a", "/usr/lib/b", "/usr/lib"]), p.relpath("/a/b/c", "/a/x"))
print(p.splitdrive("/x/y"), p.splitroot("/x/y"), p.splitroot("x/y"))
print(p.join(b"a", b"b"), p.basename(b"/x/y"), p.splitext(b"f.py"))
try:
    p.join("a", b"b")
except TypeError as e:
    print("TypeError:", e)
print(os.sep, os.curdir, os.pardir, os.pathsep, repr(os.linesep), os.devnull, os.name)
print(p.expanduser("~") == os.environ.get("HOME", "~"), p.expanduser("nochange"))
os.environ["FTPY_TEST_VAR"] = "value 1"
print(os.environ["FTPY_TEST_VAR"], os.getenv("FTPY_TEST_VAR"), os.getenv("FTPY_NOT_SET_VAR", "dflt"))
print(p.expandvars("$FTPY_TEST_VAR/${FTPY_TEST_VAR}/$NOT_SET_XYZ"))
del os.environ["FTPY_TEST_VAR"]
print("FTPY_TEST_VAR" in os.environ)
