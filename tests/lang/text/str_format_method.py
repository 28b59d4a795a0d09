def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"))
print("{a} {b}".format(a=1, b=2), "{a}{0}".format(9, a=8))
print("{0[1]} {0[k]} {1.real} {1.imag}".format({1: "one", "k": "kay"}, 3+4j))
print("{0[0][1]}".format([[1, 2]]), "{.__class__.__name__}".format(1.5))
print("{{}} {{{0}}} }}{{".format(5))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>10}|{:<10}|{:^10}|{:*^9}".format("a", "b", "c", "d"))
print("{:10}|{:.2}|{:10.3}|{:>{w}.{p}}".format("hello", "hello", "hello", "hello", w=8, p=2))
print("{0:{1}}|{0:{fill}{align}{width}}".format("x", 5, fill="-", align=">", width=4))
print("{:d} {:5d} {:x} {:o} {:b} {:e} {:.3f} {:%} {:,}".format(1, 2, 255, 8, 5, 1.5, 3.14159, 0.25, 1234567))
print("{}".format("日本語"), "{:🐍^7}".format("ab"), "{:^5}".format("日本"))
print("{0!r:>8}".format("a"), "{0!s:<4}|".format(1))
print("{x}".format_map({"x": "map"}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(D(a=1)))
tests = ["{", "}", "{0", "{0!}", "{0!x}", "{0!rr}", "{0[}", "{0.}", "{a.b.}", "{0:{1:{2}}}", "{}{0}", "{0}{}", "{0!r", "x{}}", "{0:}}", "{0]}", "{-1}", "{ 0}", "{3}", "{}{}{}{}", "{0[1]x}", "{0.real.}", "{0[]}", "{0[0}", "{:s}", "{:d}", "{0:=5}", "{x}"]
for t in tests:
    err(lambda: t.format("ab", 2))
err(lambda: "{0}".format_map({}))
err(lambda: "{}".format_map({"a": 1}))
err(lambda: "{x}".format_map([]))
