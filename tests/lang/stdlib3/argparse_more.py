import argparse, sys
from _argtool import run

# interleaved optionals and positionals with ? and *
p = argparse.ArgumentParser(prog="mix")
p.add_argument("first")
p.add_argument("maybe", nargs="?", default="M")
p.add_argument("rest", nargs="*")
p.add_argument("-o", action="append", default=[])
for args in [["a"], ["a", "b"], ["a", "b", "c", "d"], ["a", "-o", "1", "b"], ["-o", "1", "a", "-o", "2", "b", "c"],
             ["a", "b", "-o", "x", "c"], ["--", "-a", "-b"], ["a", "--", "-o"], ["-o"], ["-o", "--", "x"]]:
    run(p, args)
p = argparse.ArgumentParser(prog="star")
p.add_argument("xs", nargs="*", type=int)
p.add_argument("--flag", action="store_true")
run(p, ["1", "2", "--flag"]); run(p, ["--flag", "1", "2"]); run(p, []); run(p, ["1", "--flag", "2"])
run(p, ["1", "--flag", "2"], intermixed=True)

# single-dash long options and = values
p = argparse.ArgumentParser(prog="sd")
p.add_argument("-foo", type=int)
p.add_argument("-f", action="store_true")
p.add_argument("--kv")
run(p, ["-foo", "3"]); run(p, ["-foo=4"]); run(p, ["-f"]); run(p, ["-fo", "5"]); run(p, ["--kv=a=b"]); run(p, ["--kv", "-x"])
run(p, ["--kv=-x"])

# negative numbers
p = argparse.ArgumentParser(prog="neg")
p.add_argument("--n", type=int)
p.add_argument("vals", nargs="*", type=float)
run(p, ["--n", "-5", "-1.5", "-2"]); run(p, ["-.5"]); run(p, ["--n", "-x"])

# multiple required
p = argparse.ArgumentParser(prog="req")
p.add_argument("--alpha", required=True)
p.add_argument("-b", "--beta", required=True, metavar="B")
p.add_argument("pos", metavar="POSITION")
p.add_argument("tail", nargs="+", metavar="T")
run(p, []); run(p, ["--alpha", "1"]); run(p, ["x", "y"])
run(p, ["-h"])

# subcommand dispatch with set_defaults(func)
def cmd_add(ns): return ns.a + ns.b
def cmd_neg(ns): return -ns.a
p = argparse.ArgumentParser(prog="calc")
p.add_argument("--verbose", "-v", action="count", default=0)
sp = p.add_subparsers(dest="cmd", required=True)
a = sp.add_parser("add"); a.add_argument("a", type=int); a.add_argument("b", type=int); a.set_defaults(func=cmd_add)
n = sp.add_parser("neg", aliases=["negate"]); n.add_argument("a", type=int); n.set_defaults(func=cmd_neg)
for args in [["add", "2", "3"], ["-vv", "negate", "4"], ["neg", "--", "-4"]]:
    ns = p.parse_args(args)
    print(args, ns.cmd, ns.verbose, ns.func(ns))
run(p, ["add", "1"]); run(p, ["neg", "x"])
run(p, ["add", "-h"])
run(p, ["-h"])

# help escapes, version, argument groups with SUPPRESS title
p = argparse.ArgumentParser(prog="misc", description="100%% sure: %(prog)s", epilog="see also")
p.add_argument("--pct", help="percent like 50%% off, default %(default)s", default=5)
p.add_argument("-V", action="version", version="%(prog)s v2")
g = p.add_argument_group(title=argparse.SUPPRESS)
g.add_argument("--hidden-group")
p.add_argument("--empty-help", help="")
p.add_argument("--none-help")
run(p, ["-h"]); run(p, ["-V"])
print(p.format_usage(), end="")
print(repr(p))

# parse_known_args and namespace argument
p = argparse.ArgumentParser(prog="known")
p.add_argument("--a", type=int, default=0)
ns = argparse.Namespace(a=5, pre="set")
res, extra = p.parse_known_args(["--b", "2", "--a", "1", "pos", "-c"], namespace=ns)
print(res is ns, res, extra)
res, extra = p.parse_known_args([], namespace=argparse.Namespace(a=7))
print(res, extra)

# choices with type and string choices
p = argparse.ArgumentParser(prog="ch")
p.add_argument("mode", choices="abc")
p.add_argument("--level", type=int, choices=range(3))
run(p, ["b"]); run(p, ["ab"]); run(p, ["a", "--level", "3"]); run(p, ["-h"])

# const with nargs ? on append
p = argparse.ArgumentParser(prog="ac")
p.add_argument("--x", action="append", nargs="?", const="C")
p.add_argument("--y", action="store", nargs="?", const=1, type=int, default=0)
run(p, ["--x", "--x", "v", "--y"]); run(p, ["--y", "5"]); run(p, [])
