"""token -- the token type numbers of the Python grammar (CPython 3.13 values).

Plain module-level constants, written once at import; read-only afterwards.
"""

_NAMES = (
    'ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT', 'LPAR', 'RPAR',
    'LSQB', 'RSQB', 'COLON', 'COMMA', 'SEMI', 'PLUS', 'MINUS', 'STAR', 'SLASH', 'VBAR',
    'AMPER', 'LESS', 'GREATER', 'EQUAL', 'DOT', 'PERCENT', 'LBRACE', 'RBRACE', 'EQEQUAL',
    'NOTEQUAL', 'LESSEQUAL', 'GREATEREQUAL', 'TILDE', 'CIRCUMFLEX', 'LEFTSHIFT', 'RIGHTSHIFT',
    'DOUBLESTAR', 'PLUSEQUAL', 'MINEQUAL', 'STAREQUAL', 'SLASHEQUAL', 'PERCENTEQUAL',
    'AMPEREQUAL', 'VBAREQUAL', 'CIRCUMFLEXEQUAL', 'LEFTSHIFTEQUAL', 'RIGHTSHIFTEQUAL',
    'DOUBLESTAREQUAL', 'DOUBLESLASH', 'DOUBLESLASHEQUAL', 'AT', 'ATEQUAL', 'RARROW',
    'ELLIPSIS', 'COLONEQUAL', 'EXCLAMATION', 'OP', 'TYPE_IGNORE', 'TYPE_COMMENT',
    'SOFT_KEYWORD', 'FSTRING_START', 'FSTRING_MIDDLE', 'FSTRING_END', 'COMMENT', 'NL',
    'ERRORTOKEN', 'ENCODING', 'N_TOKENS',
)
for _i, _n in enumerate(_NAMES):
    globals()[_n] = _i
NT_OFFSET = 256

tok_name = {value: name for name, value in globals().items()
            if isinstance(value, int) and not name.startswith('_')}

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF'] + list(_NAMES) + ['NT_OFFSET']

_OPERATORS = (
    ('!', 'EXCLAMATION'), ('!=', 'NOTEQUAL'), ('%', 'PERCENT'), ('%=', 'PERCENTEQUAL'),
    ('&', 'AMPER'), ('&=', 'AMPEREQUAL'), ('(', 'LPAR'), (')', 'RPAR'), ('*', 'STAR'),
    ('**', 'DOUBLESTAR'), ('**=', 'DOUBLESTAREQUAL'), ('*=', 'STAREQUAL'), ('+', 'PLUS'),
    ('+=', 'PLUSEQUAL'), (',', 'COMMA'), ('-', 'MINUS'), ('-=', 'MINEQUAL'), ('->', 'RARROW'),
    ('.', 'DOT'), ('...', 'ELLIPSIS'), ('/', 'SLASH'), ('//', 'DOUBLESLASH'),
    ('//=', 'DOUBLESLASHEQUAL'), ('/=', 'SLASHEQUAL'), (':', 'COLON'), (':=', 'COLONEQUAL'),
    (';', 'SEMI'), ('<', 'LESS'), ('<<', 'LEFTSHIFT'), ('<<=', 'LEFTSHIFTEQUAL'),
    ('<=', 'LESSEQUAL'), ('=', 'EQUAL'), ('==', 'EQEQUAL'), ('>', 'GREATER'),
    ('>=', 'GREATEREQUAL'), ('>>', 'RIGHTSHIFT'), ('>>=', 'RIGHTSHIFTEQUAL'), ('@', 'AT'),
    ('@=', 'ATEQUAL'), ('[', 'LSQB'), (']', 'RSQB'), ('^', 'CIRCUMFLEX'),
    ('^=', 'CIRCUMFLEXEQUAL'), ('{', 'LBRACE'), ('|', 'VBAR'), ('|=', 'VBAREQUAL'),
    ('}', 'RBRACE'), ('~', 'TILDE'),
)
EXACT_TOKEN_TYPES = {text: globals()[name] for text, name in _OPERATORS}
del _i, _n


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
