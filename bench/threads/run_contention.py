"""run_contention.py -- 1..8 threads hammering one shared dict / list / counter.

The bar (issue 3): throughput with N threads on one shared object must not
fall below single-thread throughput (no lock-convoy collapse). For each
kind and thread count it runs ftpy (free-threaded), ftpy -X gil=1 and
CPython 3.13 REPS times, interleaved, and prints median throughput
(million ops/s) and the ratio to the same runtime's 1-thread figure.

Kinds: dict, list, counter, lock (contention_workload.py: every thread only
hammers the object) and append-W, dictinc-W (contention_mixed.py: W steps of
private work between two touches of the shared object -- a contention policy
must not slow these down).

This host's two vCPUs are shared with other machines: at times it grants
this VM barely one core, and then no runtime can show contention (threads
take turns). Each repetition therefore first runs the C spin program with 2
threads; a repetition whose C concurrency is below --min-conc is discarded
and retried (up to 4x --reps attempts), and the table says how many counted.

Usage: python3 bench/threads/run_contention.py [--reps 5] [--ops 300000]
       [--kinds dict,list,counter,lock,append-0,dictinc-3] [--threads 1,2,4,8]
       [--min-conc 1.8]
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


def host_concurrency():
    spin = os.path.join(HERE, "spin")
    if not os.path.exists(spin) or os.path.getmtime(spin) < os.path.getmtime(spin + ".c"):
        subprocess.run(["cc", "-O2", "-pthread", "-o", spin, spin + ".c"], check=True)
    out = subprocess.run([spin, "2", "20000"], capture_output=True, text=True, check=True).stdout
    fields = dict(part.split("=") for part in out.split())
    return float(fields["cpu"]) / float(fields["wall"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--ops", type=int, default=300000, help="operations per thread")
    ap.add_argument("--kinds", default="dict,list,counter,lock,append-0,dictinc-3")
    ap.add_argument("--min-conc", type=float, default=1.8,
                    help="discard repetitions where the C program's 2-thread concurrency is lower")
    ap.add_argument("--threads", default="1,2,4,8")
    args = ap.parse_args()
    ftpy = os.path.join(ROOT, "build", "release", "ftpy")
    work = os.path.join(HERE, "contention_workload.py")
    mixed = os.path.join(HERE, "contention_mixed.py")
    runners = {
        "ftpy": [ftpy],
        "ftpy-gil": [ftpy, "-X", "gil=1"],
        "CPython": [cpython()],
    }
    counts = [int(x) for x in args.threads.split(",")]
    print("median throughput in Mops/s (x = ratio to the same runtime with 1 thread); %d reps" % args.reps)
    for kind in args.kinds.split(","):
        if "-" in kind:
            name, work_steps = kind.split("-")
            argv = lambda n: [mixed, name, str(n), str(args.ops // 3), work_steps]
        else:
            argv = lambda n: [work, kind, str(n), str(args.ops)]
        samples = {(r, n): [] for r in runners for n in counts}
        counted = attempts = 0
        concs = []
        while counted < args.reps and attempts < 4 * args.reps:
            attempts += 1
            c = host_concurrency()
            if c < args.min_conc:
                continue
            concs.append(c)
            counted += 1
            for n in counts:
                for r, cmd in runners.items():
                    samples[(r, n)].append(measure(cmd + argv(n)))
        if not counted:
            print("\n%-8s no repetition had host concurrency >= %.2f; skipped" % (kind, args.min_conc))
            continue
        print("\n%-10s %6s" % (kind, "threads") + "".join("%20s" % r for r in runners) +
              "   (%d reps counted of %d; C 2-thread concurrency median %.2f)" %
              (counted, attempts, statistics.median(concs)))
        for n in counts:
            row = "%-10s %6d" % ("", n)
            for r in runners:
                med = statistics.median(samples[(r, n)])
                base = statistics.median(samples[(r, counts[0])])
                row += "%13.2f (%.2fx)" % (med, med / base)
            print(row)


if __name__ == "__main__":
    main()
