import shlex
cases = ["a b c", "a 'b c' d", 'a "b \\"c\\" d" e', "a\\ b c", "x # comment", "''", '""', "a'b'c", 'a"b\\$c"d', "a\\\\b", "'a\\b'", '"a\\b"', "  ", "", "a=b|c>d", "echo $HOME; ls -l", "foo\\\nbar", 'x "" y', "tab\tsep\nnl"]
for c in cases:
    for posix in (True, False):
        try: print(repr(c), posix, shlex.split(c, posix=posix))
        except ValueError as e: print(repr(c), posix, "ValueError", e)
    try: print(shlex.split(c, comments=True))
    except ValueError as e: print("ValueError", e)
for bad in ["'abc", '"abc', "abc\\"]:
    try: shlex.split(bad)
    except ValueError as e: print("ValueError", e)
for q in ["", "abc", "a b", "it's", "a$b", "-x=1,2", "@%+=:,./-", "é", "a\nb"]:
    print(repr(shlex.quote(q)))
print(shlex.join(["a", "b c", "it's"]))
try: shlex.quote(5)
except TypeError as e: print(e)
try: shlex.split(None)
except ValueError as e: print(e)
lex = shlex.shlex("a && b || c; (d) > e", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("a=1 b.c 'q r' \"s\" x#y\nz w")
print(list(lex), lex.lineno)
lex = shlex.shlex("a=1 b.c 'q r' x#y\nz", posix=True)
print(list(lex))
lex = shlex.shlex("one two", posix=True); print(lex.get_token()); lex.push_token("X"); print(lex.get_token(), lex.get_token(), lex.get_token())
lex = shlex.shlex("~/a.txt -rf *.py", punctuation_chars=True); lex.whitespace_split=True; print(list(lex))
lex = shlex.shlex("a;b", posix=True); print(list(lex))
lex = shlex.shlex("a,b,,c", posix=True); lex.whitespace=","; lex.whitespace_split=True; print(list(lex))
