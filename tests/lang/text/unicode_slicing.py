# slicing with every step on mixed-width text, incl. negative steps
texts = ["aé日😀b", "ΑΒΓΔΕΖΗΘ", "😀😁😂🤣😃😄", "x" * 70 + "é" + "y" * 70 + "😀" + "z" * 70, "\ud800a\udfffb"]
for t in texts:
    n = len(t)
    print(n, ascii(t[::-1][:10]))
    for step in [1, 2, 3, -1, -2, -3, 5, -7, 64, -64]:
        out = []
        for start in [None, 0, 1, -1, -2, n // 2, n + 5, -n - 5]:
            for stop in [None, 0, 2, -1, n // 3, n + 5, -n - 5]:
                out.append(len(t[start:stop:step]))
        print(step, sum(out), ascii(t[1:n - 1:step])[:60], ascii(t[::step])[-20:])
t = texts[3]
print(t[70], t[141], t.index("😀"), t.find("é"), t[69:73], t[140:143], t[-71], t[-72:-69])
for i in range(0, len(t), 13):
    print(i, ascii(t[i]), end=" ")
print()
print(ascii(t[::-13]))
