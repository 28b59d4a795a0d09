s = "héllo"
it = iter(s)
print(next(it), next(it), list(it), list(it))
it2 = iter("abc")
print(it2.__length_hint__(), next(it2), it2.__length_hint__())
print(list(enumerate("ab😀")), list(zip("abc", "xyz")), list(reversed("a日b")), sorted("hello"), set("aab") == {"a", "b"})
print("".join(map(str.upper, "abc")), list(map(ord, "é😀")), "a,b".split(",") + list("cd"))
print({c: s.count(c) for c in "hl"} if False else dict((c, s.count(c)) for c in "hl"))
d = {}
for ch in "mississippi":
    d[ch] = d.get(ch, 0) + 1
print(sorted(d.items()))
print(any(c.isdigit() for c in "ab1"), all(c.isalpha() for c in "abc"), sum(1 for c in "héllo" if c in "aeioué"))
print(str.upper("x"), str.join("-", "ab"), str.__len__("abc"), str.__getitem__("abc", 1), str.__contains__("abc", "b"), str.__add__("a", "b"), str.__mul__("a", 3), str.__rmul__("a", 2), str.__mod__("%d", 5))
print("abc".__eq__("abc"), "abc".__lt__("abd"), "a".__eq__(1), "abc".__hash__() == hash("abc"))
print("abc".__sizeof__() > 0, "abc".__getnewargs__(), "a".__ne__("b"), "b".__gt__("a"), "b".__ge__("b"), "a".__le__("a"))
print(str.__new__(str, "x"), type(str.__new__(str)).__name__, repr(str.__str__("s")), str.__repr__("r"), str.__format__("f", ">3"))
print(isinstance("", str), issubclass(str, object), str.__name__, str.__qualname__, type("").__name__, "".__class__ is str)
print(str.maketrans.__name__, str.__doc__[:20], "x".__doc__ == str.__doc__)
