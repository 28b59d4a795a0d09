import logging, logging.handlers, logging.config, io, os, sys, queue, threading

def reset():
    for name in list(logging.root.manager.loggerDict):
        lg = logging.getLogger(name)
        if isinstance(lg, logging.Logger):
            lg.handlers.clear()
    logging.root.handlers.clear()

# RotatingFileHandler
fn = "_rot.log"
for f in [fn, fn + ".1", fn + ".2", fn + ".3"]:
    if os.path.exists(f): os.remove(f)
h = logging.handlers.RotatingFileHandler(fn, maxBytes=60, backupCount=2)
h.setFormatter(logging.Formatter("%(message)s"))
lg = logging.getLogger("rot"); lg.propagate = False; lg.addHandler(h)
for i in range(12):
    lg.warning("message number %02d", i)
h.close()
for f in [fn, fn + ".1", fn + ".2", fn + ".3"]:
    if os.path.exists(f):
        with open(f) as fp: print(f, repr(fp.read()))
        os.remove(f)
    else:
        print(f, "absent")
lg.removeHandler(h)
h = logging.handlers.RotatingFileHandler(fn, maxBytes=30, backupCount=1)
h.namer = lambda name: name + ".bak"
lg.addHandler(h)
for i in range(4): lg.warning("abcdefghij %d", i)
h.close(); lg.removeHandler(h)
print(sorted(f for f in os.listdir(".") if f.startswith("_rot")))
for f in os.listdir("."):
    if f.startswith("_rot"): os.remove(f)

# MemoryHandler
out = io.StringIO()
target = logging.StreamHandler(out)
mh = logging.handlers.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=target)
lg = logging.getLogger("mem"); lg.propagate = False; lg.addHandler(mh)
lg.warning("m1"); lg.warning("m2")
print("buffered:", len(mh.buffer), repr(out.getvalue()))
lg.warning("m3")
print("after capacity:", len(mh.buffer), repr(out.getvalue()))
lg.warning("m4"); lg.error("m5 error")
print("after error:", len(mh.buffer), repr(out.getvalue()))
lg.warning("m6")
mh.close()
print("after close:", repr(out.getvalue()), mh.target)
bh = logging.handlers.BufferingHandler(2)
lg.addHandler(bh); lg.warning("b1"); print(len(bh.buffer)); lg.warning("b2"); print(len(bh.buffer))

# QueueHandler / QueueListener
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
lg = logging.getLogger("q"); lg.propagate = False; lg.addHandler(qh)
out = io.StringIO()
sh = logging.StreamHandler(out); sh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
sh2 = logging.StreamHandler(out); sh2.setLevel(logging.ERROR); sh2.setFormatter(logging.Formatter("ERR-ONLY %(message)s"))
listener = logging.handlers.QueueListener(q, sh, sh2, respect_handler_level=True)
listener.start()
def worker(n):
    for i in range(5):
        lg.warning("w%d-%d %s", n, i, "x")
ts = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in ts: t.start()
for t in ts: t.join()
lg.error("final %s", "err")
listener.stop()
lines = out.getvalue().splitlines()
print(len(lines), sorted(lines)[:3], lines[-2:])
r = qh.prepare(logging.makeLogRecord({"msg": "a %s", "args": ("b",)}))
print(r.msg, r.args, r.message)

# dictConfig
reset()
out = io.StringIO()
sys.modules["__main__"].OUT = out
config = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "brief": {"format": "%(levelname)s|%(name)s|%(message)s"},
        "curly": {"format": "{name}: {message}", "style": "{"},
    },
    "filters": {"onlyapp": {"name": "app"}},
    "handlers": {
        "main": {"class": "logging.StreamHandler", "formatter": "brief", "stream": "ext://__main__.OUT", "level": "DEBUG"},
        "curly": {"class": "logging.StreamHandler", "formatter": "curly", "stream": "ext://__main__.OUT", "filters": ["onlyapp"]},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["curly"]},
        "app.db": {"level": "WARNING"},
        "noisy": {"level": "CRITICAL", "propagate": False},
    },
    "root": {"level": "INFO", "handlers": ["main"]},
}
logging.config.dictConfig(config)
logging.getLogger("app").debug("app debug")
logging.getLogger("app.db").info("db info hidden")
logging.getLogger("app.db").warning("db warning")
logging.getLogger("noisy").error("noisy hidden")
logging.getLogger("other").info("other info")
logging.getLogger("other").debug("other debug hidden")
print(out.getvalue(), end="")
print(sorted(logging.getHandlerNames() & {"main", "curly"}), logging.getLogger("app").level, logging.root.level)
for bad in [{}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "no.such.Class"}}},
            {"version": 1, "loggers": {"x": {"level": "BOGUS"}}}, {"version": 1, "root": {"handlers": ["missing"]}}]:
    try:
        logging.config.dictConfig(bad)
        print("ok")
    except ValueError as e:
        print("ValueError", e)
logging.getLogger("pre").addHandler(logging.NullHandler())
logging.config.dictConfig({"version": 1, "root": {"level": "WARNING"}})
print(logging.getLogger("pre").disabled, logging.getLogger("app").disabled)
