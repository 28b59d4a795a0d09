import logging, logging.handlers, os

FN = "_watched.log"
if os.path.exists(FN):
    os.remove(FN)
h = logging.handlers.WatchedFileHandler(FN, mode="w")
h.setFormatter(logging.Formatter("%(message)s"))
lg = logging.getLogger("watched"); lg.propagate = False; lg.addHandler(h)
lg.warning("one")
os.rename(FN, FN + ".old")          # like logrotate moving the file away
lg.warning("two")                   # reopened: goes to a new file
os.remove(FN)
lg.warning("three")
h.close()
for n in [FN + ".old", FN]:
    with open(n) as f:
        print(n, repr(f.read()))
    os.remove(n)

class Header(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "[%d records]\n" % len(records)
    def formatFooter(self, records):
        return "[end]\n"
recs = [logging.makeLogRecord({"msg": "r%d" % i, "levelname": "INFO"}) for i in range(3)]
print(Header(logging.Formatter("%(levelname)s %(message)s\n")).format(recs), end="")
print(repr(Header().format([])))
bh = logging.handlers.BufferingHandler(5)
lg.addHandler(bh)
for i in range(7):
    lg.warning("b%d", i)
print([r.getMessage() for r in bh.buffer])
bh.close()
print(bh.buffer)
mh = logging.handlers.MemoryHandler(10, flushOnClose=False)
lg.addHandler(mh)
lg.error("kept in buffer, no target")
print(len(mh.buffer))
mh.close()
print(len(mh.buffer))
for name in ["SocketHandler", "SysLogHandler", "SMTPHandler", "HTTPHandler", "DatagramHandler"]:
    print(name, hasattr(logging.handlers, name))
