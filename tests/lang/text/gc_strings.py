# lazily built indexes of non-ASCII strings survive collections (inline in exact strs, GC blocks in subclasses)
import gc
keep = []
for i in range(2000):
    s = ("é" * 100 + str(i) + "日" * 100)
    assert s[150] == "日" and s[99] == "é"
    keep.append(s)
    if i % 200 == 0:
        gc.collect()
junk = [("x" * 1000 + "é") * 3 for _ in range(500)]
del junk
gc.collect()
bad = 0
for i, s in enumerate(keep):
    if s[100:100 + len(str(i))] != str(i) or s[-1] != "日" or s[199] != "日" or len(s) != 200 + len(str(i)):
        bad += 1
print("bad", bad, len(keep))
class S(str): pass
subs = [S("é" * 200 + str(i)) for i in range(300)]
gc.collect()
print(sum(1 for i, s in enumerate(subs) if s[200:] != str(i)), subs[5][199], type(subs[5][1:3]).__name__)
