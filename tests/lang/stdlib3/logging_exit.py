import atexit, os, sys

FN = "_exit_test.log"

def report():
    # registered before logging is imported, so it runs after logging.shutdown
    with open(FN) as f:
        print("file at exit:", repr(f.read()))
    os.remove(FN)
    sys.stdout.flush()

atexit.register(report)

import logging
h = logging.FileHandler(FN, mode="w")
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
lg = logging.getLogger("atexit")
lg.addHandler(h)
lg.warning("written before exit")
lg.error("second line")
print("main done")
