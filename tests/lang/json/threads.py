# Encoder/decoder objects shared by several threads at once: results identical to serial runs.
import json
import threading

enc = json.JSONEncoder(sort_keys=True, indent=1)
enc_fast = json.JSONEncoder()
dec = json.JSONDecoder(object_pairs_hook=lambda p: dict(p), parse_int=lambda s: int(s) + 1)
plain = json.JSONDecoder()
docs = [{"id": i, "name": "n\u00e9%d" % i, "vals": [i, i * 0.5, str(i)], "sub": {"b": i, "a": [None, True]}}
        for i in range(200)]
expect_enc = [enc.encode(d) for d in docs]
expect_fast = [enc_fast.encode(d) for d in docs]
expect_dec = [dec.decode(s) for s in expect_fast]
errors = []
counts = [0] * 8


def worker(k):
    try:
        for rnd in range(5):
            for i, d in enumerate(docs):
                if enc.encode(d) != expect_enc[i] or enc_fast.encode(d) != expect_fast[i]:
                    errors.append(("enc", k, i))
                if dec.decode(expect_fast[i]) != expect_dec[i] or plain.decode(expect_enc[i]) != d:
                    errors.append(("dec", k, i))
                try:
                    plain.decode(expect_fast[i][:-1])
                except json.JSONDecodeError as e:
                    if e.msg != "Expecting ',' delimiter":
                        errors.append(("err", k, e.msg))
                counts[k] += 1
    except Exception as e:
        errors.append(("exc", k, type(e).__name__, str(e)))


ts = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("errors:", errors[:5])
print("counts:", counts)

# circular detection is per call: one list encoded from many threads is not "circular"
shared = [[1, 2], {"a": [3]}]
outs = []


def enc_shared():
    for _ in range(200):
        outs.append(json.dumps(shared))


ts = [threading.Thread(target=enc_shared) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(outs), set(outs))

# a thread with deep nesting gets RecursionError, not a crash
res = []


def deep():
    try:
        json.loads("[" * 200000)
    except RecursionError as e:
        res.append(str(e))
    x = []
    for _ in range(100000):
        x = [x]
    try:
        json.dumps(x)
    except RecursionError as e:
        res.append(str(e))


t = threading.Thread(target=deep)
t.start()
t.join()
print(res)
