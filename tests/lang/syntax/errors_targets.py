# assignment, deletion and annotation target errors
def check(src, mode="exec"):
    try:
        compile(src, "<case>", mode)
        print("OK", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
    except Exception as e:
        print(type(e).__name__, e)

for src in ["1 = x", "f() = 1", "x + 1 = 2", "(a, 1) = x", "[a, f()] = x", "x = f() = 1",
            "True = 1", "None = 1", "False = 1", "... = 1", "a < b = 1", "not a = 1",
            "lambda: 1 = 1", "a if b else c = 1", "(yield) = 1", "{a: b} = 1", "{a} = 1",
            "[x for x in y] = 1", "(x for x in y) = 1", "f'{x}' = 1", "'abc' = 1", "a.b() = 1",
            "x = yield = 1", "*a = 1", "a, *b, *c = d", "del f()", "del 1", "del a + b",
            "del (a, 1)", "del *a", "del [a, *b]", "del a.b, c[0], (d, e)", "for f() in x: pass",
            "for 1 in x: pass", "for a, f() in x: pass", "[x for f() in y]", "[x for 1 in y]",
            "with a as f(): pass", "with a as 1: pass", "a, b += 1", "f() += 1", "[a] += 1",
            "1 += 1", "a.b += 1", "(a, b): int", "[a]: int", "f(): int", "a, b: int",
            "x: int, y: int", "x: int = 1", "(x): int", "x.y: int", "x[0]: int = 5",
            "(x := 1) = 2", "x := 1", "(a.b := 1)", "(a[0] := 1)", "((a, b) := 1)",
            "[i := 0 for i in x]", "def f(x): x := 1"]:
    check(src)
