# the token module
import token
import keyword

print(sorted(token.tok_name.items()))
print(sorted(token.EXACT_TOKEN_TYPES.items()))
print(token.__all__)
print(token.NAME, token.OP, token.FSTRING_START, token.FSTRING_MIDDLE, token.FSTRING_END,
      token.COMMENT, token.NL, token.ENCODING, token.N_TOKENS, token.NT_OFFSET, token.SOFT_KEYWORD)
for v in (0, 1, 55, 255, 256, 300):
    print(v, token.ISTERMINAL(v), token.ISNONTERMINAL(v), token.ISEOF(v))
print(keyword.kwlist)
print(keyword.softkwlist)
print(keyword.iskeyword('if'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.issoftkeyword('_'))
