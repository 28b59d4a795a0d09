"""compare_st.py -- single-threaded benchmark suite: ftpy vs CPython, same run.

Usage (run it with any Python 3, e.g. CPython 3.13 from pyenv):
    python3 bench/compare_st.py [--runs N] [--ftpy PATH] [--cpython PATH] [--flags "-X gil=1"]

Each benchmark in bench/st/ runs N times per interpreter, interleaved
(A B A B ...) because this host is shared and noisy; the table shows the
median wall time of each and the ratio ftpy/CPython (below 1.0 = ftpy faster),
then the geometric mean of the ratios. Outputs of the two interpreters must
match, or the benchmark is reported as WRONG.
"""
import argparse
import math
import os
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def default_cpython():
    try:
        prefix = subprocess.run(["pyenv", "prefix", "3.13.0"], capture_output=True, text=True).stdout.strip()
        if prefix:
            return os.path.join(prefix, "bin", "python3")
    except OSError:
        pass
    return "python3"


def run_once(cmd, script):
    """Wall time and CPU time (user+sys of the child) of one run."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(cmd + [script], capture_output=True, text=True)
    dt = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return dt, cpu, p.returncode, p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--ftpy", default=os.path.join(ROOT, "build", "release", "ftpy"))
    ap.add_argument("--cpython", default=default_cpython())
    ap.add_argument("--flags", default="", help="extra ftpy flags, e.g. '-X gil=1'")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "st")) if f.endswith(".py"))
    ftpy_cmd = [args.ftpy] + args.flags.split()
    cpy_cmd = [args.cpython]
    ratios, cpu_ratios = [], []
    print(f"{'benchmark':<12} {'ftpy s':>9} {'CPython s':>10} {'ratio':>7} {'ftpy cpu':>9} {'CPy cpu':>9} {'cpu ratio':>9}")
    for name in names:
        script = os.path.join(HERE, "st", name + ".py")
        ft_times, cp_times, ft_cpu, cp_cpu = [], [], [], []
        status = ""
        for _ in range(args.runs):
            t, c, rc, out_f, err_f = run_once(ftpy_cmd, script)
            ft_times.append(t)
            ft_cpu.append(c)
            t2, c2, rc2, out_c, _ = run_once(cpy_cmd, script)
            cp_times.append(t2)
            cp_cpu.append(c2)
            if rc != 0 or out_f != out_c:
                status = "WRONG" if rc == 0 else "FAIL: " + (err_f.strip().splitlines() or ["?"])[-1][:60]
                break
        if status:
            print(f"{name:<12} {status}")
            continue
        mf, mc = statistics.median(ft_times), statistics.median(cp_times)
        cf, cc = statistics.median(ft_cpu), statistics.median(cp_cpu)
        ratios.append(mf / mc)
        cpu_ratios.append(cf / cc)
        print(f"{name:<12} {mf:>9.3f} {mc:>10.3f} {mf / mc:>7.2f} {cf:>9.3f} {cc:>9.3f} {cf / cc:>9.2f}")
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        geo_cpu = math.exp(sum(math.log(r) for r in cpu_ratios) / len(cpu_ratios))
        print(f"geometric mean ratio (ftpy/CPython, {len(ratios)} of {len(names)} benchmarks): "
              f"wall {geo:.2f}, cpu {geo_cpu:.2f}  (below 1.0: ftpy faster)")


if __name__ == "__main__":
    main()
