# Tokenizer errors: numbers, strings, characters
def check(src, mode="exec"):
    try:
        compile(src, "<case>", mode)
        print("OK", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
    except Exception as e:
        print(type(e).__name__, e)

for src in ["1abc", "x = 123abc", "012", "0_7", "0b2", "0o8", "0x", "0o", "0b", "1_", "1__0",
            "1e", "1e+", "1.5e", "1_a", "0x_", "0xg", "1.5j_", "00", "0_0", "09.5", "1if 1else 2",
            "0xfor", "1_000.000_1e1_0j", "0b1_0_1", "0o7_7", "0x_f_f"]:
    check(src)
for src in ["x = 'abc", 'x = "abc', "x = '''abc\n\n", 'x = """abc', "x = 'a\\\nb",
            "'\\x1'", "'\\u12'", "'\\U11111111'", "'\\N{nonexistent name}'", "'\\N'", "b'\\x1'",
            "b'\u00e9'", "'a' b'b'", "b'a' 'b'", "f'{x}' b'y'"]:
    check(src)
for src in ["x = $", "x = ?", "x = `", "x = \u20ac", "\u20ac = 1", "a\\ b", "x = \\", "1 <> 2",
            "x = \u00e9t\u00e9", "\u00e9 = 1", "x\u00b2 = 1", "\u03c0 = 3"]:
    check(src)
for src in ["(", "[", "{", ")", "]", "}", "(]", "[)", "{)", "(\n]", "f(a, b]", "x = (1, 2]",
            "((((", "a = (1,\n2,\n", "if x:\n    y = (1,\n         2\nz = 3"]:
    check(src)
