import logging, io, sys

def show(title, s):
    print("--", title)
    print(s.getvalue(), end="")

# lastResort: no configuration
stream = io.StringIO()
old = sys.stderr
sys.stderr = stream
logging.getLogger("unconf").warning("bare %s", "warning")
logging.getLogger("unconf").info("not shown")
logging.getLogger("unconf").error("an error")
sys.stderr = old
show("lastResort", stream)

print(logging.getLevelName(10), logging.getLevelName(55), logging.getLevelName("INFO"), logging.getLevelName("XX"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(sorted(logging.getLevelNamesMapping().items())[:3])

root = logging.getLogger()
print(root, root.name, root.level, logging.getLogger("root") is root)
a = logging.getLogger("a")
abc = logging.getLogger("a.b.c")
ab = logging.getLogger("a.b")
print(abc.parent.name, ab.parent.name, a.parent.name)
print(repr(abc), abc.getEffectiveLevel())
a.setLevel(logging.ERROR)
print(repr(abc), abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING), abc.isEnabledFor(logging.ERROR))
print(a.getChild("b") is ab, sorted(l.name for l in a.getChildren()))

s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s|%(funcName)s|%(module)s"))
a.addHandler(h)
def f():
    abc.error("err %d %s", 1, "x")
    abc.warning("filtered")
    abc.critical("crit")
    abc.log(45, "lvl45")
f()
show("hier", s)
print(h, a.hasHandlers(), logging.getLogger("zzz").hasHandlers())

# filter
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
s = io.StringIO()
lg = logging.getLogger("filt")
lg.propagate = False
h2 = logging.StreamHandler(s)
lg.addHandler(h2)
lg.addFilter(OnlyOdd())
for i in range(5):
    lg.warning("n=%d", i)
lg.filters.clear()
h2.addFilter(logging.Filter("filt.sub"))
lg.warning("dropped")
logging.getLogger("filt.sub").warning("kept from sub")
logging.getLogger("filt.subx").warning("dropped subx")
h2.filters.clear()
h2.addFilter(lambda r: r.msg.startswith("yes"))
lg.warning("yes callable")
lg.warning("no callable")
def modify(r):
    r2 = logging.makeLogRecord(r.__dict__)
    r2.msg = "modified " + r.msg
    return r2
h2.filters.clear(); h2.addFilter(modify)
lg.warning("orig")
show("filters", s)

# exception
s = io.StringIO()
lg = logging.getLogger("exc")
lg.propagate = False
h3 = logging.StreamHandler(s)
h3.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
lg.addHandler(h3)
try:
    1 / 0
except ZeroDivisionError:
    lg.exception("caught %s", "it")
out = s.getvalue().splitlines()
print(out[0], out[1], out[-1])
s.truncate(0); s.seek(0)
lg.error("with exc", exc_info=ValueError("v"))
print(s.getvalue().splitlines())
s.truncate(0); s.seek(0)
lg.error("no exc", exc_info=False)
lg.info("dict %(a)s %(b)d", {"a": "A", "b": 2})
lg.warning("dict %(a)s %(b)d", {"a": "A", "b": 2})
lg.warning(42)
lg.warning("percent %%")
show("misc", s)

# extra
s = io.StringIO()
lg = logging.getLogger("extra")
lg.propagate = False
h4 = logging.StreamHandler(s)
h4.setFormatter(logging.Formatter("%(user)s: %(message)s"))
lg.addHandler(h4)
lg.warning("hello", extra={"user": "bob"})
try:
    lg.warning("x", extra={"msg": 1})
except KeyError as e:
    print("KeyError", e)
ad = logging.LoggerAdapter(lg, {"user": "ann"})
ad.warning("from adapter %d", 5)
print(ad, ad.name, ad.isEnabledFor(10))
class Pre(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return "[%s] %s" % (self.extra["user"], msg), kwargs
Pre(lg, {"user": "pp"}).error("msg")
show("extra", s)

# levels
for bad in ["NOPE", 1.5, None]:
    try:
        logging.getLogger("q").setLevel(bad)
    except Exception as e:
        print(type(e).__name__, e)
lq = logging.getLogger("q"); lq.setLevel("DEBUG"); print(lq.level)
try:
    lq.log("x", "m")
except TypeError as e:
    print("TypeError", e)

r = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "name": "mk"})
print(r.getMessage(), r.name, r.levelno, repr(r.levelname))
r = logging.LogRecord("n", 20, "/p/file.py", 7, "m %s", ("a",), None, "fn")
print(repr(r), r.filename, r.module, r.funcName, r.levelname)
logging.disable(logging.WARNING)
s = io.StringIO(); l = logging.getLogger("dis"); l.addHandler(logging.StreamHandler(s)); l.propagate=False
l.warning("no"); l.error("yes")
logging.disable(logging.NOTSET)
l.warning("again")
show("disable", s)
print(logging.NullHandler(), logging.Handler(), logging.StreamHandler(io.StringIO()))
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError", e)
