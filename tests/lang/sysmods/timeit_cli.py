import timeit, io, contextlib, sys

def fixed(step):
    def wrap(timer):
        state = [0.0]
        def fake():
            state[0] += step
            return state[0]
        return fake
    return wrap

def run(args, step=0.25):
    out = io.StringIO()
    err = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = timeit.main(args, _wrap_timer=fixed(step))
    print(args, "->", rc)
    print(out.getvalue(), end="")
    if err.getvalue():
        print("stderr:", err.getvalue().splitlines()[-1])

run(["-n", "10", "pass"])
run(["-n", "1", "-r", "3", "x = 1"])
run(["-n", "1000", "-r", "2", "-s", "import os", "os.getpid()"], step=0.002)
run(["-n", "1", "-u", "msec", "pass"])
run(["-n", "1", "-u", "nsec", "pass"], step=1e-6)
run(["-n", "1", "-u", "parsec", "pass"])
run(["-v", "-n", "4", "pass"])
run(["-v", "-v", "-n", "4", "-r", "2", "pass"])
run(["pass"])
run(["-v", "pass"], step=0.07)
run(["-n", "1", "1/0"])
run(["--bogus"])
run(["-n", "3", "-r", "0", "a = 1", "b = 2"])
