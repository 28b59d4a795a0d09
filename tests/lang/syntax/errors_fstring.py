# f-string errors
def check(src, mode="exec"):
    try:
        compile(src, "<case>", mode)
        print("OK", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
    except Exception as e:
        print(type(e).__name__, e)

for src in ['f"{x"', 'f"{"', 'f"}"', 'f"{}"', 'f"{!r}"', 'f"{=}"', 'f"{:x}"', 'f"{x!z}"',
            'f"{x!}"', 'f"{x! r}"', 'f"{x:{y:{z:{w}}}}"', 'f"abc', 'f"""abc', 'f"{lambda x: 1}"',
            'f"{x!r=}"', 'f"{x y}"', 'f"{x)}"', 'f"{x]}"', "f'{a['b']}'", 'f"{x:{y}"',
            "f'{x}}'", "f'{{x}'", "f'{x!r:'", "f'\\x1{x}'", "f'{}' 'abc'", 'f"{x:{}}"',
            'f"{#}"', 'f"{x #}"', 'f"""{x\n#}"""']:
    check(src)
