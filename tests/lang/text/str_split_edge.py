cases = ["", " ", "  ", "a", " a ", "a b", "a  b", " a b ", "\ta\nb\rc\x0bd\x0ce\x1cf", "a,b,c", ",a,", ",,", "a\u2003b\u00a0c\u200bd", "x😀y😀😀z"]
for c in cases:
    print(ascii(c))
    for m in [-1, 0, 1, 2]:
        print("  ", m, c.split(None, m), c.rsplit(None, m), c.split(",", m), c.rsplit(",", m), c.split("😀", m))
print("a1b2c3".split("1"), "abc".split("abcd"), "aaa".split("a"), "aaa".rsplit("a", 1), "a::b::c".split("::"), "a::b::c".rsplit("::", 1))
print("1,2,3".split(",", maxsplit=1), "1 2 3".rsplit(maxsplit=1), "1 2 3".split(sep=" "))
for s in ["", "a", "a\n", "a\n\n", "\na", "a\r\nb", "a\n\rb", "a\r\r\nb", "a\x85b\u2028", "x\x0b\x0cy\x1c\x1d\x1ez"]:
    print(ascii(s), s.splitlines(), s.splitlines(True))
print("one two".partition(" "), "one two three".rpartition(" "), "no".partition(" "), "no".rpartition(" "), "😀a😀".partition("a"), "aXbXc".rpartition("X"))
