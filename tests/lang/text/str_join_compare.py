print("".join(["a", "b"]), "-".join(("x", "y")), ",".join({"k": 1, "j": 2}), " ".join(iter(["i", "t"])), "+".join(map(str, range(5))), "".join(x for x in "gen"))
class S(str):
    pass
print("|".join([S("s1"), "s2"]), type("".join([S("only")])).__name__, "".join(["é", "😀", "a"]), len("x".join(["😀"] * 3)))
words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "Äpfel", "", "a", "aa", "ab", "😀", "\x00"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold, reverse=True))
print(sorted(words, key=len))
print(min(words), max(words))
pairs = [("a", "b"), ("a", "a"), ("", "a"), ("é", "z"), ("😀", "\uffff"), ("ab", "a"), ("A", "a"), ("\ud800", "\ue000")]
for x, y in pairs:
    print(ascii(x), ascii(y), x < y, x <= y, x > y, x >= y, x == y, x != y)
print(("a", "b") < ("a", "c"), ["x"] == ["x"], "abc" in ["abc"], "b" in ("a", "b"))
