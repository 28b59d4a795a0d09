"""callgrind_gil.py -- what free threading costs a single thread, counted
exactly: instructions executed by each bench/st program under the default
(free-threaded) mode vs `-X gil=1`, with valgrind's callgrind (deterministic,
so the shared machine's noise does not matter). Issue 3's bar: geometric
mean within 2%.

Usage: python3 bench/callgrind_gil.py [--ftpy build/release/ftpy] [--jobs 2]
"""
import argparse
import concurrent.futures
import math
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def instructions(cmd):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "cg.out")
        p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + cmd,
                           capture_output=True, text=True)
        m = re.search(r"Collected : (\d+)", p.stderr)
        if p.returncode != 0 or not m:
            raise RuntimeError("callgrind failed for %s:\n%s" % (cmd, p.stderr[-2000:]))
        return int(m.group(1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ftpy", default=os.path.join(ROOT, "build", "release", "ftpy"))
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    names = sorted(f for f in os.listdir(os.path.join(HERE, "st")) if f.endswith(".py"))
    jobs = {}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        for n in names:
            script = os.path.join(HERE, "st", n)
            jobs[(n, "ft")] = ex.submit(instructions, [args.ftpy, script])
            jobs[(n, "gil")] = ex.submit(instructions, [args.ftpy, "-X", "gil=1", script])
    print("%-16s %16s %16s %8s" % ("benchmark", "free-threaded", "-X gil=1", "ratio"))
    logs = []
    for n in names:
        ft, gil = jobs[(n, "ft")].result(), jobs[(n, "gil")].result()
        logs.append(math.log(ft / gil))
        print("%-16s %16d %16d %8.4f" % (n[:-3], ft, gil, ft / gil))
    print("geometric mean ratio (free-threaded / gil): %.4f" % math.exp(sum(logs) / len(logs)))


if __name__ == "__main__":
    main()
