from datetime import *
import copy
for v in [date(2026, 11, 25), datetime(2026, 11, 25, 8, 30, 1, 123456), datetime(1, 1, 1, tzinfo=timezone.utc), time(23, 59, 59, 999999, fold=1), datetime(2026, 1, 1, fold=1), time(1, tzinfo=timezone(timedelta(hours=-2)))]:
    cls, args = v.__reduce__()[:2]
    w = cls(*args)
    print(repr(w), w == v, w.fold if hasattr(w, 'fold') else '', repr(copy.deepcopy(v)))
    cls, args = v.__reduce_ex__(4)[:2]
    print(repr(cls(*args)))
# hashes equal CPython's (the runner fixes PYTHONHASHSEED=0)
from datetime import *
print(hash(date(2026, 1, 1)), hash(datetime(2026, 1, 1, 5)), hash(time(1, 2)), hash(timedelta(1, 2, 3)), hash(datetime(2026, 1, 1, tzinfo=timezone.utc)))
print(hash(time(1, tzinfo=timezone.utc)), hash(timezone.utc), hash(datetime(2026, 1, 1, fold=1)) == hash(datetime(2026, 1, 1)), hash(time(5, 6, 7, 8, fold=1)))
