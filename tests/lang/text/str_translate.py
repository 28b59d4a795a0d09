def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc".translate(t), "abcd".translate(str.maketrans("ab", "AB", "d")))
t2 = str.maketrans({"a": "1", "b": None, ord("c"): "CC", "é": 233})
print(sorted(t2.items()))
print("abcé".translate(t2))
print("hello".translate({ord("l"): None}), "hello".translate({104: "J"}), "hé".translate({233: 0x1F600}))
class M:
    def __getitem__(self, k):
        if k == 97: return "A"
        raise LookupError
print("abc".translate(M()))
err(lambda: "a".translate({97: 1.5}))
err(lambda: "a".translate({97: -1}))
err(lambda: "a".translate({97: 0x110000}))
err(lambda: str.maketrans("ab", "c"))
err(lambda: str.maketrans({"ab": 1}))
err(lambda: str.maketrans({1.5: 1}))
err(lambda: str.maketrans([1]))
err(lambda: str.maketrans("a", 1))
err(lambda: "a".translate(5))
print("x".maketrans("a", "b"))
