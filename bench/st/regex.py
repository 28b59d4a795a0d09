# regex: the re module over ~170 KB of generated text (words, e-mail-like
# tokens, numbers): findall of words and addresses, sub of digit runs.
import re

words = ["alpha", "beta", "gamma", "delta", "x.y@mail.example", "route66", "naïve",
         "café", "2024", "under_score", "a.b@c.d", "Zebra", "quick", "brown", "fox"]
parts = []
size = 0
k = 7
while size < 170000:
    k = (k * 1103515245 + 12345) & 0x7FFFFFFF
    parts.append(words[k % len(words)])
    size += len(parts[-1]) + 1
    if k % 11 == 0:
        parts.append(str(k % 100000))
        size += len(parts[-1]) + 1
text = " ".join(parts)

total = 0
for _ in range(20):
    total += len(re.findall(r"\b\w+\b", text))
    total += len(re.findall(r"[\w.]+@[\w.]+", text))
    total += len(re.sub(r"\d+", "#", text))
print(len(text), total)
