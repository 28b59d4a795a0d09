import faulthandler, sys, os, re, tempfile, threading

def clean(text):
    out = []
    for line in text.splitlines():
        if "threading.py" in line:
            continue        # the threading module's own frames differ between implementations
        line = re.sub(r"0x[0-9a-f]{16}", "0xID", line)
        line = re.sub(r'File "[^"]*[/\\]([^/\\"]+)"', r'File "\1"', line)
        out.append(line)
    return "\n".join(out)

def capture(fn):
    with tempfile.TemporaryFile() as f:
        fn(f)
        f.seek(0)
        return clean(f.read().decode())

def inner(f, all_threads):
    faulthandler.dump_traceback(f, all_threads=all_threads)

def outer(f, all_threads=False):
    inner(f, all_threads)

print(capture(lambda f: outer(f)))
print(capture(lambda f: faulthandler.dump_traceback(f.fileno(), False)))
print(capture(lambda f: outer(f, True)))

ev = threading.Event()
started = threading.Event()
def worker_function():
    started.set()
    ev.wait()
t = threading.Thread(target=worker_function)
t.start()
started.wait()
text = capture(lambda f: faulthandler.dump_traceback(f))
ev.set()
t.join()
print(text.count("Thread 0xID (most recent call first):"), text.count("Current thread 0xID (most recent call first):"))
print("in worker_function" in text, text.splitlines()[-1])

# recursion deeper than the dump limit
def rec(n, f):
    if n == 0:
        faulthandler.dump_traceback(f, all_threads=False)
    else:
        rec(n - 1, f)
lines = capture(lambda f: rec(150, f)).splitlines()
print(len(lines), lines[0], lines[1], lines[-1])

# enable / disable / is_enabled
print(faulthandler.is_enabled())
with tempfile.TemporaryFile() as f:
    print(faulthandler.enable(f), faulthandler.is_enabled())
    print(faulthandler.enable(file=f, all_threads=False), faulthandler.is_enabled())
    print(faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())
print(faulthandler.enable(), faulthandler.disable())

for args, kw in [((-1,), {}), (("x",), {}), ((), {"bogus": 1}), ((1, 2, 3), {})]:
    try:
        faulthandler.dump_traceback(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
class NoFileno:
    pass
try:
    faulthandler.enable(NoFileno())
except Exception as e:
    print(type(e).__name__)
saved = sys.stderr
sys.stderr = None
try:
    faulthandler.dump_traceback()
except RuntimeError as e:
    print(type(e).__name__, e)
finally:
    sys.stderr = saved
