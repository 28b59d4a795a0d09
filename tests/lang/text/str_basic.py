# str basics: indexing, slicing, concat, repeat, compare, len, in, iteration
s = "hello world"
print(len(s), s[0], s[-1], s[4], s[-5])
print(s[1:4], s[:5], s[6:], s[-5:-1], s[::2], s[::-1], s[8:2:-2], s[100:], s[-100:3])
print(s + "!", "ab" * 3, 3 * "xy", "a" * 0, "a" * -2)
print("abc" < "abd", "abc" < "ab", "" < "a", "b" > "abc", "abc" == "abc", "a" != "b", "abc" <= "abc", "z" >= "a")
print("lo" in s, "xyz" in s, "" in s, "" in "")
print(list("abc"), list(""), tuple("hé"))
for i, c in enumerate("héllo"):
    print(i, c, end="; ")
print()
u = "naïve café ☕ 日本語 😀!"
print(len(u), u[2], u[-2], u[11], u[13:16], u[::-1], u[::3], u[-1::-4], u[5:1:-1])
print(u.encode("utf-8"))
print(u[16], len(u[16]), u.index("😀"), u.find("日本"))
def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: s[11])
err(lambda: s[-12])
err(lambda: s["a"])
err(lambda: s[1.0])
err(lambda: s + 1)
err(lambda: 1 + s)
err(lambda: s * 1.5)
err(lambda: s * "a")
err(lambda: 1 in s)
err(lambda: s < 1)
err(lambda: s[::0])
err(lambda: "a" * (2**63))
print(s[True], s[False:True])
x = "abc"
x += "def"
x *= 2
print(x)
print(str(), str(123), str(1.5), str(None), str([1, "a"]), str(b"ab"), str("x"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"), str(bytearray(b"xy"), "latin-1"))
err(lambda: str("abc", "utf-8"))
err(lambda: str(1, "utf-8"))
err(lambda: str(b"\xff", "utf-8"))
err(lambda: str(b"a", "nope"))
err(lambda: str(b"a", 1))
class S(str):
    pass
t = S("hey")
print(type(t).__name__, t, t.upper(), type(t.upper()).__name__, t + "!", len(t), isinstance(t, str))
print(repr(S("a'b")), t == "hey", hash(t) == hash("hey"))
print(hash("abc") == hash("ab" + "c"), hash("") == 0)
print(sorted(["b", "a", "é", "Z", "aa", "😀", "\u00ff"]))
print(max("hello"), min("hello"), "".join(reversed("abc")))
print(ord("a"), ord("é"), ord("😀"), chr(97), chr(0x1F600), chr(233))
