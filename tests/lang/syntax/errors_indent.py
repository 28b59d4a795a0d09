# Indentation and tab errors
def check(src, mode="exec"):
    try:
        compile(src, "<case>", mode)
        print("OK", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
    except Exception as e:
        print(type(e).__name__, e)

check("  x = 1")
check("x = 1\n  y = 2")
check("if x:\n    a\n  b")
check("if x:\n        a\n    b")
check("if x:\n\ta\n        b")
check("if x:\n        a\n\tb")
check("if x:\n\tif y:\n\t\tz\n\t        w")
check("if x:\npass")
check("if x:\n    pass\nelif y:\npass")
check("if x:\n    pass\nelse:\npass")
check("for x in y:\n    pass\nelse:\npass")
check("while x:\npass")
check("try:\n    pass\nexcept:\npass")
check("try:\n    pass\nexcept* E:\npass")
check("try:\n    pass\nfinally:\npass")
check("async def f():\npass")
check("match x:\ncase 1:\n    pass")
check("match x:\n    case 1:\n    pass")
check("def f():\n    x = 1\n   y = 2")
check("class A:\n    def f(self):\n    pass")
# mixing tabs and spaces consistently is fine
check("if x:\n\tif y:\n\t\tpass\n\telse:\n\t\tpass")
check("if x:\n        pass\n")
check("if x:\n \tpass\n")
# blank lines and comments do not matter
check("if x:\n\n    # c\n\n    pass\n# end")
src = "".join("    " * i + "if x:\n" for i in range(101)) + "    " * 101 + "pass\n"
check(src)
src = "".join("    " * i + "if x:\n" for i in range(98)) + "    " * 98 + "pass\n"
check(src)
