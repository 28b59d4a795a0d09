name, n, pi, s = "Wörld", 42, 3.14159, "日本"
print(f"Hello {name}! {n:5d} {pi:.2f} {s:>6} {s!r} {s!a} {name.upper()}")
print(f"{name:*^11}|{name:<8}|{name:>8}|{name:.3}|{'x':{'>'}{5}}|")
print(f"{n:x} {n:o} {n:#b} {n:,} {n:_} {n:+} {-n: } {n:08.2f} {pi:e} {pi:%}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|{name!s:^{width}}|")
print(f"{{literal}} {n}{{}}")
print(f"{'a' 'b'}", f"{'é'*3}", f"{[1, 'x']}", f"{ {'k': 'v'}['k'] }", f"{(lambda: 'L')()}")
items = ["a", "bb", "ccc"]
print(f"{', '.join(items)} total={sum(map(len, items))}")
print(f"{n=}", f"{name=!r}", f"{pi=:.1f}")
print(f"""multi
{name}
line""")
