# jsonbench: json.dumps + json.loads of a list of 20000 small dicts, 5 rounds
# (the C accelerator _json on both interpreters). Prints a checksum only, so
# outputs compare equal; compare_st.py does the timing.
import json

data = [{"id": i, "name": "item%d" % i, "price": i * 0.25, "tags": ["a", "b", str(i % 7)],
         "active": i % 3 == 0, "note": None, "uni": "caf\u00e9 %d" % i} for i in range(20000)]
total = 0
for _ in range(5):
    text = json.dumps(data)
    back = json.loads(text)
    total += len(text) + len(back)
    assert back == data
print(total, json.dumps(back[123], sort_keys=True))
