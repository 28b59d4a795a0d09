"""run_threads.py -- the article's thread benchmark, measured honestly.

For 1, 2, 4 and 8 threads it runs, interleaved, REPS times each:
  C         bench/threads/spin (private data, no sharing: the machine's limit)
  ftpy      free-threaded (default)
  ftpy-gil  the same binary with -X gil=1
  CPython   3.13 from pyenv (GIL build)
and reports medians of: wall time, concurrency (CPU time / wall time: how
many threads really ran at once), CPU efficiency (N * cpu(1) / cpu(N): 1.0
means no contention overhead) and speedup (N * wall(1) / wall(N)).

Usage: python3 bench/threads/run_threads.py [--reps 5] [--kind hash|pure|both] [--iters N]
Run it with any Python 3 (it only launches the programs).
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
    return float(fields["wall"]), float(fields["cpu"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--kind", default="both")
    ap.add_argument("--iters", type=int, default=0, help="units per thread (default per kind)")
    ap.add_argument("--threads", default="1,2,4,8")
    args = ap.parse_args()
    spin = os.path.join(HERE, "spin")
    if not os.path.exists(spin) or os.path.getmtime(spin) < os.path.getmtime(spin + ".c"):
        subprocess.run(["cc", "-O2", "-pthread", "-o", spin, spin + ".c"], check=True)
    ftpy = os.path.join(ROOT, "build", "release", "ftpy")
    workload = os.path.join(HERE, "workload.py")
    kinds = ["hash", "pure"] if args.kind == "both" else [args.kind]
    counts = [int(x) for x in args.threads.split(",")]
    for kind in kinds:
        iters = args.iters or (1000000 if kind == "hash" else 3000000)
        runners = {
            "C": lambda n: [spin, str(n), str(iters // 40)],
            "ftpy": lambda n: [ftpy, workload, kind, str(n), str(iters)],
            "ftpy-gil": lambda n: [ftpy, "-X", "gil=1", workload, kind, str(n), str(iters)],
            "CPython": lambda n: [cpython(), workload, kind, str(n), str(iters)],
        }
        results = {name: {n: [] for n in counts} for name in runners}
        for _ in range(args.reps):
            for n in counts:
                for name, cmd in runners.items():
                    results[name][n].append(measure(cmd(n)))
        print(f"\n== {kind}: {iters} units per thread, medians of {args.reps} interleaved runs ==")
        print(f"{'threads':>7} | " + " | ".join(f"{name:>9}" for name in runners) + "   (wall seconds)")
        for n in counts:
            row = [statistics.median(w for w, _ in results[name][n]) for name in runners]
            print(f"{n:>7} | " + " | ".join(f"{v:>9.3f}" for v in row))
        print(f"\n{'runtime':>9} {'threads':>7} {'concurrency':>11} {'cpu-eff':>8} {'speedup':>8}")
        for name in runners:
            w1 = statistics.median(w for w, _ in results[name][counts[0]])
            c1 = statistics.median(c for _, c in results[name][counts[0]])
            for n in counts:
                ws = [w for w, _ in results[name][n]]
                cs = [c for _, c in results[name][n]]
                conc = statistics.median(c / w for w, c in results[name][n])
                eff = n * c1 / statistics.median(cs)
                speed = n * w1 / statistics.median(ws)
                print(f"{name:>9} {n:>7} {conc:>11.2f} {eff:>8.2f} {speed:>8.2f}")


if __name__ == "__main__":
    main()
