import logging, io, sys, os, threading, time

s = io.StringIO()
logging.basicConfig(stream=s, level=logging.INFO)
logging.info("info %d", 1)
logging.debug("debug hidden")
logging.warning("warn")
logging.getLogger("child.x").error("child")
print(s.getvalue(), end="")
print(logging.root.handlers[0].formatter._fmt, logging.root.level)
# second basicConfig has no effect
s2 = io.StringIO()
logging.basicConfig(stream=s2, format="X %(message)s")
logging.warning("still first")
print(repr(s2.getvalue()), s.getvalue().splitlines()[-1])
# force
logging.basicConfig(stream=s2, format="{levelname}-{name}-{message}", style="{", force=True)
logging.warning("forced")
logging.getLogger("k").error("k")
print(s2.getvalue(), end="")
for kw in [dict(stream=s, filename="x"), dict(handlers=[], stream=s), dict(style="?"), dict(bogus=1, other=2)]:
    try:
        logging.basicConfig(force=True, **kw)
    except ValueError as e:
        print("ValueError", e)

def fmt(f, **kw):
    r = logging.LogRecord("nm", logging.ERROR, "/x/y.py", 12, "hello %s", ("w",), None, "fun")
    r.created = 0.0; r.msecs = 5.0
    for k, v in kw.items(): setattr(r, k, v)
    return f.format(r)
print(fmt(logging.Formatter()))
print(fmt(logging.Formatter("%(levelname)-8s|%(lineno)4d|%(filename)s|%(pathname)s")))
print(fmt(logging.Formatter("{levelname:>8}|{name!r}|{message}", style="{")))
print(fmt(logging.Formatter("$levelname ${name} $message", style="$")))
print(fmt(logging.Formatter("%(message)s %(custom)s", defaults={"custom": "dflt"})))
print(fmt(logging.Formatter("%(message)s %(custom)s", defaults={"custom": "dflt"}), custom="given"))
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
print(f.usesTime(), logging.Formatter("%(message)s").usesTime(), logging.Formatter("{asctime}", style="{").usesTime())
class UTC(logging.Formatter):
    converter = time.gmtime
print(fmt(UTC("%(asctime)s %(message)s")))
print(fmt(UTC("%(asctime)s %(message)s", datefmt="%d/%m/%Y %H-%M")))
for bad in [("no fields", "%"), ("{x", "{"), ("$", "$"), ("plain", "{"), ("plain", "$"), ("%(x)s", "#"), ("{0!z}", "{")]:
    try:
        logging.Formatter(bad[0], style=bad[1])
        print("ok", bad)
    except ValueError as e:
        print("ValueError", e)
logging.Formatter("no fields", validate=False)
try:
    fmt(logging.Formatter("%(nothere)s"))
except ValueError as e:
    print("ValueError", e)
bf = logging.BufferingFormatter()
print(repr(bf.format([logging.makeLogRecord({"msg": "a"}), logging.makeLogRecord({"msg": "b"})])))

# FileHandler
fn = "_logtest.log"
fh = logging.FileHandler(fn, mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
lg = logging.getLogger("file"); lg.propagate = False; lg.addHandler(fh)
lg.warning("line one"); lg.error("line two")
fh.close()
with open(fn) as fp: print(repr(fp.read()))
print(repr(fh).replace(os.getcwd(), "CWD"))
fh2 = logging.FileHandler(fn, delay=True)
print(fh2.stream is None)
lg.removeHandler(fh); lg.addHandler(fh2); lg.warning("appended")
fh2.close()
with open(fn) as fp: print(repr(fp.read()))
os.remove(fn)
logging.basicConfig(filename=fn, filemode="w", format="%(message)s", force=True)
logging.warning("via basicConfig")
logging.shutdown()
with open(fn) as fp: print(repr(fp.read()))
os.remove(fn)

# threads
s = io.StringIO()
lg = logging.getLogger("thr"); lg.propagate = False
h = logging.StreamHandler(s); h.setFormatter(logging.Formatter("%(threadName)s %(message)s")); lg.addHandler(h)
def work(n):
    for i in range(200):
        lg.warning("msg %d %d", n, i)
ts = [threading.Thread(target=work, args=(k,), name="T%d" % k) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
lines = s.getvalue().splitlines()
print(len(lines), all(l.split()[0] == "T" + l.split()[2] for l in lines), sorted(set(l.split()[0] for l in lines)))

# handler names, captureWarnings
h = logging.StreamHandler(io.StringIO()); h.name = "named"
print(logging.getHandlerByName("named") is h, "named" in logging.getHandlerNames())
import warnings
s = io.StringIO()
wl = logging.getLogger("py.warnings"); wl.addHandler(logging.StreamHandler(s)); wl.propagate = False
logging.captureWarnings(True)
warnings.warn("careful", UserWarning)
logging.captureWarnings(False)
print("UserWarning: careful" in s.getvalue())
print(logging.getLoggerClass() is logging.Logger)
class My(logging.Logger): pass
logging.setLoggerClass(My)
print(type(logging.getLogger("mine")).__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)
