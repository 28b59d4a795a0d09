def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for spec in ["", "s", "10", "<10", ">10", "^10", "*^10", "é>6", ".2", "10.2", "0", "05", "010", ">05", "x<5", "<<", "^", "1", ".0", "<.1s", "😀^5"]:
    print(repr(spec), repr(format("abc", spec)), repr(format("日本語", spec)), repr("abc".__format__(spec)))
for spec in ["xyz", "+", "-", " ", "#", "=10", ",", "_", "z", "d", "10.2f", ".", "1.", "99999999999999999999", ",s", "a=", ".99999999999999999999"]:
    err(lambda: format("abc", spec))
err(lambda: "abc".__format__(1))
err(lambda: format("x", "\u00e9"))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print(format(F(), "abc"), "{:xyz}".format(F()), f"{F():q}")
