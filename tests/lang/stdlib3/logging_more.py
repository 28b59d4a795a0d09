import logging, io, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
def setup(name, fmt="%(levelname)s:%(name)s:%(message)s", level=logging.DEBUG):
    s = io.StringIO()
    lg = logging.getLogger(name)
    lg.handlers.clear()
    lg.propagate = False
    lg.setLevel(level)
    h = logging.StreamHandler(s)
    h.setFormatter(logging.Formatter(fmt))
    lg.addHandler(h)
    return lg, s

def show(s):
    print(s.getvalue().replace(HERE + os.sep, ""), end="")
    s.truncate(0); s.seek(0)

# caller info and stacklevel
lg, s = setup("caller", "%(funcName)s:%(lineno)d:%(filename)s:%(module)s %(message)s")
def inner():
    lg.warning("from inner")
    lg.warning("one up", stacklevel=2)
    lg.warning("too far", stacklevel=50)
def outer():
    inner()
outer()
lg.warning("module level")
show(s)

# chained exception formatting
lg, s = setup("chain", "%(message)s")
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise ValueError("outer") from e
except ValueError:
    lg.exception("caught chain")
show(s)
try:
    raise RuntimeError("ctx")
except RuntimeError as e:
    lg.error("exc obj", exc_info=e)
    lg.error("exc tuple", exc_info=sys.exc_info())
show(s)
lg.error("no active exception", exc_info=True)
show(s)

# stack_info
lg, s = setup("stack", "%(message)s")
def deep():
    lg.warning("with stack", stack_info=True)
deep()
lines = s.getvalue().splitlines()
print(lines[0], lines[1], lines[-2].strip().replace(HERE + os.sep, ''), lines[-1].strip())
s.truncate(0); s.seek(0)

# custom levels and level names
logging.addLevelName(5, "TRACE")
lg, s = setup("lvl", "%(levelno)s %(levelname)s %(message)s", level=1)
lg.log(5, "trace msg")
lg.log(15, "between")
lg.log(logging.CRITICAL, "crit")
lg.fatal("fatal alias")
show(s)
print(logging.getLevelName(5), logging.getLevelName("TRACE"), logging.getLevelName(15))

# handler level vs logger level, propagation
root_s = io.StringIO()
rh = logging.StreamHandler(root_s); rh.setFormatter(logging.Formatter("ROOT %(name)s %(message)s"))
logging.root.addHandler(rh); logging.root.setLevel(logging.WARNING)
p = logging.getLogger("prop"); p.setLevel(logging.DEBUG)
ps = io.StringIO(); ph = logging.StreamHandler(ps); ph.setLevel(logging.INFO)
ph.setFormatter(logging.Formatter("PROP %(name)s %(message)s")); p.addHandler(ph)
c = logging.getLogger("prop.child")
c.debug("debug: handler too high, root handler gets it")
c.info("info")
c.propagate = False
_old = sys.stderr; sys.stderr = io.StringIO()
c.error("not propagated -> lastResort")
_lr = sys.stderr.getvalue(); sys.stderr = _old
print("lastResort got:", repr(_lr))
c.propagate = True
p.propagate = False
c.warning("stops at prop")
print(ps.getvalue() + root_s.getvalue(), end="")
logging.root.removeHandler(rh)

# adapters
lg, s = setup("adapt", "%(message)s [%(user)s/%(req)s]")
base = logging.LoggerAdapter(lg, {"user": "u1", "req": "r0"})
base.info("plain")
merged = logging.LoggerAdapter(lg, {"user": "u2", "req": "r0"}, merge_extra=True)
merged.info("merged", extra={"req": "r9"})
nomerge = logging.LoggerAdapter(lg, {"user": "u3", "req": "r1"})
nomerge.info("not merged", extra={"req": "ignored"})
try:
    1 / 0
except ZeroDivisionError:
    base.exception("adapter exc")
out = s.getvalue().splitlines()
print(out[:3], out[3], out[-1])
s.truncate(0); s.seek(0)
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs
lg2, s2 = setup("adapt2", "%(message)s")
Ctx(lg2, {"id": 7}).warning("hello %s", "world")
print(s2.getvalue(), end="")
print(base.getEffectiveLevel(), base.isEnabledFor(5), base.hasHandlers(), base.manager is lg.manager)

# placeholder fix-ups
a_b_c = logging.getLogger("x.y.z")
print(a_b_c.parent is logging.root)
xy = logging.getLogger("x.y")
print(a_b_c.parent is xy, xy.parent is logging.root)
x = logging.getLogger("x")
print(xy.parent is x, type(logging.Logger.manager.loggerDict.get("x")).__name__)
print(logging.getLogger("x").getChild("y.z") is a_b_c, sorted(l.name for l in x.getChildren()))

# repr and misc
print(logging.root, logging.getLogger("x"), logging.LoggerAdapter(x, {}))
r = logging.LogRecord("n", logging.INFO, "p.py", 3, "%(a)s and %(b)s", ({"a": 1, "b": 2},), None)
print(r.getMessage(), r.args)
r = logging.LogRecord("n", logging.INFO, "p.py", 3, "%s", ({"a": 1},), None)
print(r.getMessage())
r = logging.LogRecord("n", logging.INFO, "p.py", 3, "tuple %s %s", (1, 2), None)
print(r.getMessage())
f = logging.Formatter("%(message)s")
r = logging.makeLogRecord({"msg": "first\n", "exc_text": "EXC"})
print(repr(f.format(r)))
r = logging.makeLogRecord({"msg": "m", "stack_info": "STACK"})
print(repr(f.format(r)))
print(logging.Formatter.default_time_format, logging.Formatter.default_msec_format, logging.BASIC_FORMAT)
print(logging.raiseExceptions, logging.lastResort, logging.lastResort.level)

# error in formatting goes to handleError -> stderr; raiseExceptions False silences
lg, s = setup("bad")
old = sys.stderr
sys.stderr = io.StringIO()
lg.warning("%d", "not a number")
err = sys.stderr.getvalue()
sys.stderr = old
print(err.splitlines()[0], "TypeError" in err, err.splitlines()[-2:])
logging.raiseExceptions = False
sys.stderr = io.StringIO()
lg.warning("%d", "again")
quiet = sys.stderr.getvalue()
sys.stderr = old
logging.raiseExceptions = True
print(repr(quiet))
