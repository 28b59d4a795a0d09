import faulthandler, subprocess, sys, re, tempfile, time, signal

def run(code):
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    err = re.sub(r"0x[0-9a-f]{16}", "0xID", p.stderr)
    lines = [l for l in err.splitlines() if l.strip() and not l.startswith("Extension modules")]
    return p.returncode, lines

rc, lines = run("import faulthandler\nfaulthandler.enable()\ndef crash():\n    faulthandler._sigsegv()\ncrash()\n")
print(rc, lines[:5])
rc, lines = run("import faulthandler\nfaulthandler.enable(all_threads=False)\nfaulthandler._sigabrt()\n")
print(rc, lines[:3])
rc, lines = run("import faulthandler\nfaulthandler.enable()\nfaulthandler.disable()\nfaulthandler._sigsegv()\n")
print(rc, lines)
rc, lines = run("import faulthandler\nfaulthandler.enable()\nfaulthandler._sigfpe()\n")
print(rc, lines[:3])

# dump_traceback_later
with tempfile.TemporaryFile() as f:
    faulthandler.dump_traceback_later(0.05, file=f)
    time.sleep(0.5)
    f.seek(0)
    text = re.sub(r"0x[0-9a-f]{16}", "0xID", f.read().decode())
    lines = text.splitlines()
    print(lines[0], lines[1], "line" in lines[2])
with tempfile.TemporaryFile() as f:
    faulthandler.dump_traceback_later(0.05, repeat=True, file=f)
    time.sleep(0.6)
    faulthandler.cancel_dump_traceback_later()
    f.seek(0)
    n = f.read().decode().count("Timeout (0:00:00.050000)!")
    print(n >= 2)
with tempfile.TemporaryFile() as f:
    faulthandler.dump_traceback_later(30, file=f)
    faulthandler.cancel_dump_traceback_later()
    time.sleep(0.1)
    f.seek(0)
    print(repr(f.read()))
faulthandler.cancel_dump_traceback_later()
rc, lines = run("import faulthandler, time\nfaulthandler.dump_traceback_later(0.1, exit=True)\ntime.sleep(5)\nprint('not reached')\n")
print(rc, lines[:2])
for args in [(0,), (-1,), ("x",), ()]:
    try:
        faulthandler.dump_traceback_later(*args)
    except Exception as e:
        print(type(e).__name__, e)

# register a user signal
with tempfile.TemporaryFile() as f:
    faulthandler.register(signal.SIGUSR1, file=f, all_threads=False)
    signal.raise_signal(signal.SIGUSR1)
    time.sleep(0.05)
    print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
    f.seek(0)
    print(f.read().decode().splitlines()[0])
for bad in [signal.SIGSEGV, 0]:
    try:
        faulthandler.register(bad)
    except Exception as e:
        print(type(e).__name__, e)
