# the classic regular expressions tokenize still exports, and its __all__
import tokenize as t, re
for n in ['Whitespace','Comment','Ignore','Name','Hexnumber','Binnumber','Octnumber','Decnumber','Intnumber','Exponent','Pointfloat','Expfloat','Floatnumber','Imagnumber','Number','Single','Double','Single3','Double3']:
    print(n, repr(getattr(t, n)))
print(len(t._all_string_prefixes()), len(t.endpats), len(t.single_quoted), len(t.triple_quoted), sorted(t.single_quoted)[:8])
for n in ['String', 'Triple', 'ContStr', 'PseudoToken', 'Token', 'Funny', 'Special']:
    r = re.compile(getattr(t, n))
    print(n, [bool(r.match(x)) for x in ["'abc'", 'rb"x"', "'''", '**=', '\n', 'x', '1.5e3', 'Fr"a\\"b"', "f'x"]])
print(sorted(t.__all__) == sorted(set(t.__all__)), len(t.__all__))
print(t.group('a', 'b'), t.any('x'), t.maybe('y'), t.tabsize)
