import unicodedata as u

pool = ("a e o u A E Z \u0300 \u0301 \u0302 \u0303 \u0308 \u0323 \u0327 \u0328 \u031b \u0345 \u05b0 \u0591 "
        "\u00c5 \u212b \u1e9b \u00e9 \u0065 \u1100 \u1161 \u11a8 \uac00 \uac01 \u1112 \u1175 \u11c2 "
        "\ufb01 \u2126 \u00bd \u2460 \u3000 \uff21 \u0f73 \u0f71 \u0f72 \u0f74 \u0958 \u093c \u0915 "
        "\u0b47 \u0b3e \u0b57 \u1025 \u102e \u0061\u030a \u03b1 \u0313 \u0342 \u1f00 \u0399 \u1fbe "
        "\U0001d15e \U0001d165 \U0001d16e \u0344 \u0f75 \u30ab \u3099 \u309a \u30f0 \ufe20 \u0d4a \u0d46 \u0d3e").split()

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n

mismatch_free = True
for i in range(400):
    s = "".join(pool[rnd(len(pool))] for _ in range(1 + rnd(7)))
    line = [ascii(s)]
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        n = u.normalize(form, s)
        line.append(ascii(n))
        line.append("T" if u.is_normalized(form, s) else "F")
    if i % 4 == 0:
        print(" ".join(line))
    # idempotence and the relations between the forms
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        n = u.normalize(form, s)
        if u.normalize(form, n) != n or not u.is_normalized(form, n):
            mismatch_free = False
    if u.normalize("NFC", u.normalize("NFD", s)) != u.normalize("NFC", s):
        mismatch_free = False
    if u.normalize("NFKC", u.normalize("NFKD", s)) != u.normalize("NFKC", s):
        mismatch_free = False
print(mismatch_free)

for s in ["", "plain ascii", "caf\u00e9", "cafe\u0301", "\u1e9b\u0323", "\ud55c\uae00", "\u1112\u1161\u11ab",
          "\ufb03n", "x\u0323\u0307y", "x\u0307\u0323y", "\u0041\u030a\u0301", "\u00c5\u0301",
          "\u0958\u093c", "\u0915\u093c", "\U0001d160", "\u2167", "\ud800x", "\u0f77"]:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [u.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])

def err(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
err(u.normalize, "NFX", "a")
err(u.normalize, "nfc", "a")
err(u.normalize, "NFC", 5)
err(u.normalize, 5, "a")
err(u.normalize, "NFC")
err(u.is_normalized, "NFX", "a")
err(u.is_normalized, "NFD", b"a")
s = "already"
print(u.normalize("NFC", s) == s, u.is_normalized("NFKD", s))
