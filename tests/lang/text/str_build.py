s = ""
for i in range(2000):
    s += chr(0x61 + i % 26)
print(len(s), s[:30], s[-5:], s.count("a"))
u = ""
for i in range(500):
    u += chr(0x3b1 + i % 20) + "😀"
print(len(u), u[:10], u[-4:], u.count("😀"), u.find("😀", 500), u[999], u[::250])
parts = []
for i in range(1000):
    parts.append(str(i))
j = ",".join(parts)
print(len(j), j[:20], j[-20:], j.split(",")[500], len(j.split(",")))
big = "ab" * 50000
print(len(big), big.count("ab"), big.replace("ab", "c")[:5], len(big.replace("a", "")), big.upper()[:4], big[::1000][:8])
m = "é" * 10 + "x"
print((m * 1000).count("x"), len(m * 1000), (m * 3)[9:13])
