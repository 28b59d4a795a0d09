# miscellaneous statement errors
def check(src, mode="exec"):
    try:
        compile(src, "<case>", mode)
        print("OK", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
    except Exception as e:
        print(type(e).__name__, e)

for src in ["if x pass", "while x pass", "for x in y pass", "class A(x) pass", "def f() pass",
            "try pass", "try:\n    pass", "try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass",
            "try:\n    pass\nexcept A, B:\n    pass", "try:\n    pass\nexcept*:\n    pass",
            "try:\n    pass\nexcept E as f():\n    pass", "try:\n    pass\nelse:\n    pass",
            "import a.b as c.d", "from a import b,", "from a import (b, c", "import", "from a import",
            "from import a", "import a b", "global x y", "nonlocal", "assert", "del", "raise E from",
            "else: pass", "elif x: pass", "except: pass", "finally: pass", "return return", "pass pass",
            "x ==", "a and", "not", "1 +* 2", "a.", "a..b", "@\ndef f(): pass", "@dec\nx = 1",
            "class", "def", "lambda", "for", "for x in", "for x y: pass", "with", "async x",
            "await", "if:\n    pass", "while: pass", "x = (yield from)", "print 'hello'", "print x",
            "exec 'code'", "x = 1 if 2", "x = 1 2", "x[1 2]", "{1: 2 3: 4}", "{1 2}", "(1 2)",
            "{1: *a}", "{*a: 1}", "{1: }", "{1, 2: 3}", "(*a)", "x = *", "[*x for x in y]",
            "{*x for x in y}", "{**d for d in x}", "match x:\n    y = 1", "x = 1; ; y = 2",
            "if x: if y: pass", "def f(): return yield", "a = b = ", "x = [1, 2,, 3]"]:
    check(src)
