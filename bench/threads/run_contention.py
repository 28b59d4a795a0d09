"""run_contention.py -- 1..8 threads hammering one shared dict / list / counter.

The bar (issue 3): throughput with N threads on one shared object must not
fall below single-thread throughput (no lock-convoy collapse). For each
kind and thread count it runs ftpy (free-threaded), ftpy -X gil=1 and
CPython 3.13 REPS times, interleaved, and prints median throughput
(million ops/s) and the ratio to the same runtime's 1-thread figure.

Usage: python3 bench/threads/run_contention.py [--reps 5] [--ops 300000]
       [--kinds dict,list,counter,lock] [--threads 1,2,4,8]
"""
import argparse
import os
import statistics
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def cpython():
    try:
        p = subprocess.run(["pyenv", "prefix", "3.13.0"], capture_output=True, text=True).stdout.strip()
        if p:
            return os.path.join(p, "bin", "python3")
    except OSError:
        pass
    return "python3"


def measure(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    fields = dict(part.split("=") for part in out.split())
    return float(fields["ops"]) / float(fields["wall"]) / 1e6


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--ops", type=int, default=300000, help="operations per thread")
    ap.add_argument("--kinds", default="dict,list,counter,lock")
    ap.add_argument("--threads", default="1,2,4,8")
    args = ap.parse_args()
    ftpy = os.path.join(ROOT, "build", "release", "ftpy")
    work = os.path.join(HERE, "contention_workload.py")
    runners = {
        "ftpy": [ftpy],
        "ftpy-gil": [ftpy, "-X", "gil=1"],
        "CPython": [cpython()],
    }
    counts = [int(x) for x in args.threads.split(",")]
    print("median throughput in Mops/s (x = ratio to the same runtime with 1 thread); %d reps" % args.reps)
    for kind in args.kinds.split(","):
        samples = {(r, n): [] for r in runners for n in counts}
        for _ in range(args.reps):
            for n in counts:
                for r, cmd in runners.items():
                    samples[(r, n)].append(measure(cmd + [work, kind, str(n), str(args.ops)]))
        print("\n%-8s %8s" % (kind, "threads") + "".join("%20s" % r for r in runners))
        for n in counts:
            row = "%-8s %8d" % ("", n)
            for r in runners:
                med = statistics.median(samples[(r, n)])
                base = statistics.median(samples[(r, counts[0])])
                row += "%13.2f (%.2fx)" % (med, med / base)
            print(row)


if __name__ == "__main__":
    main()
