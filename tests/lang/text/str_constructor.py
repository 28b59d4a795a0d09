def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class WithStr:
    def __str__(self):
        return "custom"
class WithRepr:
    def __repr__(self):
        return "repr-only"
class BadStr:
    def __str__(self):
        return 42
class SubRet:
    def __str__(self):
        class S(str): pass
        return S("sub")
print(str(WithStr()), str(WithRepr()), str(SubRet()), type(str(SubRet())).__name__)
err(lambda: str(BadStr()))
print(str(1), str(-1.5), str(1e100), str(2**100), str(1 + 2j), str(True), str(None), str(...), str([1, "a", b"b"]), str((1,)), str({"a": 1}), str(set()), str(str))
print(str(b"abc"), str(bytearray(b"x")), str(memoryview(b"")) [:8])
print(str(b"abc", "ascii"), str(b"\xc3\xa9", errors="strict"), str(b"\xff", errors="ignore"), str(object=b"q", encoding="latin-1"), str(object="kw"))
err(lambda: str(b"\xff", errors="strict"))
err(lambda: str([], "utf-8"))
err(lambda: str(b"x", encoding=None))
err(lambda: str(x=1))
print(repr(str()), str("") == "", type(str("x")).__name__)
class MyS(str):
    pass
print(type(MyS()).__name__, repr(MyS()), MyS(5), MyS(b"ab", "ascii"), type(MyS(b"ab", "ascii")).__name__)
