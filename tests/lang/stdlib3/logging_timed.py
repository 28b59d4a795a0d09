import logging, logging.handlers, os, time, re, datetime

FN = "_timed.log"
for f in os.listdir("."):
    if f.startswith("_timed"):
        os.remove(f)
h = logging.handlers.TimedRotatingFileHandler(FN, when="S", backupCount=2)
h.setFormatter(logging.Formatter("%(message)s"))
lg = logging.getLogger("timed"); lg.propagate = False; lg.addHandler(h)
print(h.when, h.interval, h.suffix, h.backupCount, h.extMatch.pattern)
lg.warning("first")
# force rollovers deterministically by moving the rollover time into the past
for i in range(4):
    h.rolloverAt = int(time.time()) - 1 - i * 10   # distinct suffixes
    lg.warning("after rollover %d", i)
h.close()
names = sorted(f for f in os.listdir(".") if f.startswith("_timed"))
print(len(names), [n for n in names if n == FN])
print([bool(re.fullmatch(r"_timed\.log\.\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}", n)) for n in names if n != FN])
with open(FN) as f:
    print(repr(f.read()))
for n in names:
    os.remove(n)
for when, interval in [("M", 1), ("H", 2), ("D", 1), ("MIDNIGHT", 1), ("W0", 1)]:
    h = logging.handlers.TimedRotatingFileHandler(FN, when=when, interval=interval, delay=True, utc=True)
    print(when, h.interval, h.suffix)
    t = 1700000000   # a fixed time
    print(h.computeRollover(t) - t)
    h.close()
h = logging.handlers.TimedRotatingFileHandler(FN, when="MIDNIGHT", delay=True, utc=True, atTime=datetime.time(3, 30))
print(h.computeRollover(1700000000) - 1700000000)
h.close()
for bad in ["X", "W7", "W"]:
    try:
        logging.handlers.TimedRotatingFileHandler(FN, when=bad, delay=True)
    except ValueError as e:
        print("ValueError", e)
if os.path.exists(FN):
    os.remove(FN)
