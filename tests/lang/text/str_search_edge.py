u = "αβγαβγ😀αβ"
n = len(u)
for sub in ["α", "βγ", "😀", "", "γα", "x", "😀α", u, u + "x"]:
    row = []
    for a, b in [(None, None), (0, n), (1, None), (-3, None), (2, -2), (5, 3), (n, None), (n + 1, None), (-100, 100), (3, 3)]:
        row.append((u.find(sub, a, b), u.rfind(sub, a, b), u.count(sub, a, b), u.startswith(sub, a, b), u.endswith(sub, a, b)))
    print(ascii(sub), row)
print("".find(""), "".rfind(""), "".count(""), "".startswith(""), "".endswith(""), "a".find("", 1), "a".find("", 2), "abc".rfind("", 1, 2))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "ababab".count("aba"), "ab" in "aab", "é" in "café", "😀" in "a😀")
print("abc".index("c", -1), "abc".rindex("a", 0, 1), "abcabc".index("bc", 2))
try:
    "abc".index("a", 1)
except ValueError as e:
    print(e)
big = "x" * 1000 + "needle" + "y" * 1000
print(big.find("needle"), big.rfind("needle"), big.count("x"), big.index("ey"), "needle" in big, big.startswith("x" * 999), big.endswith("y" * 1000))
