x = 42
s = "str"
f = 3.14159
print(f"{x}", f"{x!r}", f"{s!r}", f"{s!s}", f"{s!a}", f"{'é'!a}")
print(f"{x:5}|{x:<5}|{x:^5}|{x:05}|{x:x}|{x:#b}")
print(f"{f:.2f}|{f:10.3e}|{f:%}")
width = 8
print(f"{s:>{width}}|{s:{'^'}{width}}")
print(f"{x=}", f"{x + 1 = }", f"{s=!r}")
print(f"{{literal}}", f"a{'b'}c", f"{'nested ' + f'{x}'}")
class W:
    def __format__(self, spec):
        return f"W<{spec}>"
    def __repr__(self):
        return "W()"
    def __str__(self):
        return "w-str"
w = W()
print(f"{w}", f"{w:abc}", f"{w!r}", f"{w!s}", format(w, "z"))
try:
    f"{x:q}"
except ValueError as e:
    print("ValueError", e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError", e)
print(f"{[1, 2]}", f"{(1,)}", f"{ {'a': 1} }", f"{None}", f"{True}")
print("%s and %d" % ("a", 5), "{} {}".format(1, 2), "{0}{0}".format("r"))
parts = [f"{i}" for i in range(5)]
print("".join(parts))
