# compiled patterns shared by many threads: every thread must see the same results
import re, threading
pats = [re.compile(r"(\w+)@(\w+)\.com"), re.compile(r"\b\w+\b"), re.compile(r"(a|b)*c", re.I),
        re.compile(r"(?P<n>\d+)(?=px)"), re.compile(rb"[\x00-\x7f]+")]
text = " ".join("user%d@host%d.com %dpx abAbc naïve" % (i, i % 7, i) for i in range(300))
btext = text.encode("utf-8")
def work():
    out = []
    for p in pats:
        s = btext if isinstance(p.pattern, bytes) else text
        out.append(len(p.findall(s)))
        out.append([m.span() for m in p.finditer(s)][-3:])
        out.append(p.sub(b"#" if isinstance(s, bytes) else "#", s)[:60])
        out.append(len(p.split(s)))
    return out
expected = work()
results = []
lock = threading.Lock()
def run():
    for _ in range(5):
        r = work()
        with lock:
            results.append(r == expected)
ts = [threading.Thread(target=run) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(results), all(results))
print(expected[:4])
print(expected[4:8])
# the module cache is shared too
def comp(i):
    for k in range(200):
        assert re.match("x%d" % (k % 50), "x%d" % (k % 50))
ts = [threading.Thread(target=comp, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("cache ok")
