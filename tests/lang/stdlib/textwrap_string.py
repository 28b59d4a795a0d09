import textwrap, string
s = "The quick brown fox jumps over the lazy dog. Free-threading is the well-known feature of Python 3.14t builds, finally."
print(textwrap.wrap(s, 20))
print(textwrap.fill(s, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(s, 40), textwrap.shorten("Hello  world!", width=12))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.indent("x\n\ny\n", "> ")))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10), textwrap.wrap("", 5))
print(string.ascii_letters, string.punctuation, string.capwords("hello   world  x"))
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.get_identifiers())
try: t.substitute(who="x")
except KeyError as e: print("KeyError", e)
print(string.Formatter().format("{0}-{name}-{0!r:>5}", "a", name="n"))
