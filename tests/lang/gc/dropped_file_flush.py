# A file object dropped without close() is flushed and closed when it is
# collected (CPython: at once, by reference counting; here at the next
# collection that finds it unreachable -- gc.collect() after the function
# that dropped it returned makes both agree; at exit every file is flushed,
# see exit_finalize.py).
import gc
import json
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "data.json")


def save(obj, path):
    json.dump(obj, open(path, "w"))


save({"a": 1, "b": [True, None]}, p)
gc.collect()
with open(p) as fh:
    print(fh.read())


def write_lines(path, n):
    f = open(path, "w")
    for i in range(n):
        f.write("line %d\n" % i)
    # no close: the function returns and drops the file


q = os.path.join(d, "lines.txt")
write_lines(q, 1000)
gc.collect()
with open(q) as fh:
    data = fh.read().splitlines()
print(len(data), data[0], data[-1])

# Closing explicitly afterwards is harmless: the finalizer sees it closed.
f = open(q, "a")
f.write("tail\n")
f.close()
del f
gc.collect()
with open(q) as fh:
    print(fh.read().splitlines()[-1])
os.remove(p)
os.remove(q)
os.rmdir(d)
