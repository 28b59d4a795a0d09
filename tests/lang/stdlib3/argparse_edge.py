import argparse, os, sys
from _argtool import run

with open("_in.txt", "w") as f:
    f.write("file content\n")
p = argparse.ArgumentParser(prog="ft")
p.add_argument("--infile", type=argparse.FileType("r"))
p.add_argument("--outfile", type=argparse.FileType("w"), default="-")
ns = p.parse_args(["--infile", "_in.txt"])
print(ns.infile.read().strip(), ns.outfile is sys.stdout)
ns.infile.close()
run(p, ["--infile", "_missing_file.txt"])
os.remove("_in.txt")

class Obj: pass
o = Obj()
p = argparse.ArgumentParser(prog="obj")
p.add_argument("--x", type=int, default=1)
p.add_argument("-y", dest="why", default=argparse.SUPPRESS)
r = p.parse_args(["--x", "3"], namespace=o)
print(r is o, o.x, hasattr(o, "why"))
run(p, ["-y", "v"])

p = argparse.ArgumentParser(prog="mxpos")
g = p.add_mutually_exclusive_group(required=True)
g.add_argument("--opt", action="store_true")
g.add_argument("pos", nargs="?")
run(p, []); run(p, ["val"]); run(p, ["--opt"]); run(p, ["--opt", "val"]); run(p, ["-h"])

class MyParser(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError("custom: " + message)
p = MyParser(prog="mine")
p.add_argument("n", type=int)
run(p, ["x"]); run(p, [])

p = argparse.ArgumentParser(prog="noexit", exit_on_error=False)
p.add_argument("--a", choices=["x", "y"])
for args in [["--a", "z"], ["--b"], ["--a"]]:
    try:
        print(p.parse_args(args))
    except argparse.ArgumentError as e:
        print("ArgumentError", e)

p = argparse.ArgumentParser(prog="hdef", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument("--flag", action="store_true", help="a flag")
p.add_argument("--level", default=3, help="level %(default)s already")
p.add_argument("--nohelp", default="d")
p.add_argument("--sup", default=argparse.SUPPRESS, help="suppressed default")
p.add_argument("pos", nargs="?", default="P", help="positional")
p.add_argument("req", help="required positional")
p.add_argument("--bool", action=argparse.BooleanOptionalAction, default=False, help="bool opt")
run(p, ["-h"])

p = argparse.ArgumentParser(prog="subm")
sp = p.add_subparsers(title="subcommands", dest="cmd", metavar="COMMAND", help="what to do")
sp.add_parser("go", help="go somewhere")
sp.add_parser("stop", help="stop it", description="Stops.")
sp.add_parser("hidden")
run(p, ["-h"]); run(p, ["stop", "-h"]); run(p, ["bad"]); run(p, [])

p = argparse.ArgumentParser(prog="cnt")
p.add_argument("-v", action="count")
p.add_argument("-q", action="store_const", const=0, dest="v")
run(p, ["-vvv", "-q"]); run(p, ["-q", "-vv"]); run(p, ["-v", "-v"])

p = argparse.ArgumentParser(prog="long", description="word " * 40)
p.add_argument("--a-really-long-option-name-that-exceeds", metavar="SOMETHING_LONG", help="h " * 30)
p.add_argument("x", help="x " * 50)
run(p, ["-h"])
print(argparse.ArgumentParser(prog="rep"))
print(argparse.Namespace(a=[1], b={"k": 2}))
