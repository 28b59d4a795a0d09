def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for w in range(0, 9):
    print(repr("abc".center(w)), repr("ab".center(w, "*")), repr("abc".ljust(w, "é")), repr("abc".rjust(w, "😀")))
print(repr("a".center(4)), repr("ab".center(5)), repr("abc".center(6, "-")), repr("abcd".center(7)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "".zfill(3), "abc".zfill(2), "-".zfill(3), "é".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\nd\te".expandtabs(3)), repr("\t".expandtabs(0)), repr("é\tx".expandtabs(tabsize=2)), repr("a\r\tb".expandtabs(4)))
err(lambda: "a".center(5, "ab"))
err(lambda: "a".center(5, 1))
err(lambda: "a".ljust("5"))
err(lambda: "a".zfill(None))
err(lambda: "a".center())
err(lambda: "a".expandtabs(1.5))
print("abc".ljust(-1), "abc".rjust(2))
