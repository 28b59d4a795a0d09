"""tokenize -- a tokenizer for Python source, producing CPython 3.13's token stream.

generate_tokens(readline) tokenizes text lines, tokenize(readline) byte lines
(after detecting their encoding, reported first as an ENCODING token). Tokens
are TokenInfo(type, string, start, end, line) tuples; operators have type OP
(exact_type gives the specific number), f-strings are split into
FSTRING_START / FSTRING_MIDDLE / FSTRING_END around the tokens of their
replacement fields, as the tokenizer of Python 3.12+ does.

The scanner is written here (ftpy has no C tokenizer exposed to Python). Its
state lives in one generator per call, so concurrent tokenizations in
different threads do not interact.
"""
import re
import sys
import collections
from builtins import open as _builtin_open
from codecs import lookup, BOM_UTF8
from token import *
from token import EXACT_TOKEN_TYPES

import token as _token_module
__all__ = _token_module.__all__ + ['tokenize', 'generate_tokens', 'detect_encoding',
                                   'untokenize', 'TokenInfo', 'open', 'TokenError']

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)

tabsize = 8


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        annotated = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=annotated))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


# ---- regular expressions of the classic tokenizer (kept for their users) ------------------

def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


def _all_string_prefixes():
    result = {''}
    for base in ('b', 'r', 'u', 'f', 'br', 'fr'):
        variants = {''}
        for ch in base:
            variants = {v + c for v in variants for c in (ch, ch.upper())}
        for v in variants:
            result.add(v)
            if len(v) == 2:
                result.add(v[::-1])
    return result


Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)
Name = r'\w+'
Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r'[eE][-+]?[0-9](?:_?[0-9])*'
Pointfloat = group(r'[0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?',
                   r'\.[0-9](?:_?[0-9])*') + maybe(Exponent)
Expfloat = r'[0-9](?:_?[0-9])*' + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(r'[0-9](?:_?[0-9])*[jJ]', Floatnumber + r'[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)
StringPrefix = group(*sorted(_all_string_prefixes()))
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
String = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'",
               StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')
Special = group(*[re.escape(x) for x in sorted(EXACT_TOKEN_TYPES, reverse=True)])
Funny = group(r'\r?\n', Special)
PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken
ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + group("'", r'\\\r?\n'),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

endpats = {}
for _prefix in _all_string_prefixes():
    endpats[_prefix + "'"] = Single
    endpats[_prefix + '"'] = Double
    endpats[_prefix + "'''"] = Single3
    endpats[_prefix + '"""'] = Double3
del _prefix
single_quoted = {p + q for p in _all_string_prefixes() for q in ("'", '"')}
triple_quoted = {p + q for p in _all_string_prefixes() for q in ("'''", '"""')}


# ---- the scanner -------------------------------------------------------------------------

_STRING_PREFIXES = {'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf'}
_OPS3 = {'**=', '//=', '>>=', '<<=', '...'}
_OPS2 = {'!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=',
         '==', '>=', '>>', '@=', '^=', '|=', '<>'}
_NUMBER_RE = re.compile(r'''
    0[xX](?:_?[0-9a-fA-F])+
  | 0[bB](?:_?[01])+
  | 0[oO](?:_?[0-7])+
  | (?: (?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*(?:[eE][-+]?[0-9](?:_?[0-9])*)?
      | [0-9](?:_?[0-9])*\.(?:[eE][-+]?[0-9](?:_?[0-9])*)?
      | [0-9](?:_?[0-9])*[eE][-+]?[0-9](?:_?[0-9])*
    )[jJ]?
  | [0-9](?:_?[0-9])*[jJ]?
''', re.VERBOSE)


def _is_id_start(c):
    # like the C tokenizer: any non-ASCII character may be part of a name
    # (the parser, not the tokenizer, rejects invalid ones)
    return c == '_' or c >= '\x80' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return _is_id_start(c) or ('0' <= c <= '9')


_RADIX = {'x': ('hexadecimal', '0123456789abcdefABCDEF'), 'b': ('binary', '01'),
          'o': ('octal', '01234567')}


def _check_number(line, pos, end, row):
    """Raise the C tokenizer's error for a malformed literal line[pos:end]
    (a '_' not followed by a digit, a radix prefix without digits, a digit
    beyond the radix)."""
    text = line[pos:end]
    nxt = line[end:end + 1]
    if len(text) >= 2 and text[0] == '0' and text[1] in 'xXbBoO':
        name, digits = _RADIX[text[1].lower()]
        if len(text) == 2 or nxt == '_':
            raise TokenError('invalid %s literal' % name, (row, end + (nxt == '_')))
        if nxt.isdigit() and name != 'hexadecimal':
            raise TokenError("invalid digit '%s' in %s literal" % (nxt, name), (row, end + 1))
        return
    if text == '0' and nxt and nxt in 'xXbBoO':
        name = _RADIX[nxt.lower()][0]
        after = line[end + 1:end + 2]
        if after.isdigit() and name != 'hexadecimal':
            raise TokenError("invalid digit '%s' in %s literal" % (after, name), (row, end + 2))
        raise TokenError('invalid %s literal' % name, (row, end + 1 + (after == '_')))
    if nxt == '_' and text[-1].isdigit():
        raise TokenError('invalid decimal literal', (row, end + 1))


class _FString:
    __slots__ = ('quote', 'raw', 'row', 'col', 'fields')

    def __init__(self, quote, raw, row, col):
        self.quote = quote
        self.raw = raw
        self.row = row
        self.col = col
        self.fields = []     # open replacement fields: [mode, paren depth at '{']


class _Scanner:
    def __init__(self, readline):
        self.readline = readline
        self.lines = []      # physical lines read so far (row r is lines[r - 1])
        self.row = 0
        self.line = ''
        self.pos = 0
        self.at_eof = False

    def next_line(self):
        """Advance to the next physical line; False at end of input."""
        if self.at_eof:
            return False
        try:
            text = self.readline()
        except StopIteration:
            text = ''
        if isinstance(text, bytes):
            raise TypeError('readline() returned bytes; use tokenize.tokenize() for byte input')
        if not text:
            self.at_eof = True
            return False
        if '\0' in text:
            raise TokenError('source code cannot contain null bytes', (self.row + 1, 0))
        self.lines.append(text)
        self.row += 1
        self.line = text
        self.pos = 0
        return True

    def span_line(self, start_row, end_row):
        return ''.join(self.lines[start_row - 1:end_row])


def _generate(readline):
    sc = _Scanner(readline)
    indents = [0]
    altindents = [0]
    parens = []              # open brackets of the logical line
    fstrings = []            # f-strings being scanned (innermost last)
    has_tokens = False       # the logical line has a non-comment token

    def tok(type_, string, srow, scol, erow, ecol):
        return TokenInfo(type_, string, (srow, scol), (erow, ecol), sc.span_line(srow, erow))

    while True:
        if not sc.next_line():
            break
        line = sc.line
        row = sc.row
        # -- indentation, at the start of a logical line
        if not parens and not fstrings:
            col = altcol = 0     # altcol counts a tab as one column (TabError check)
            pos = 0
            while pos < len(line):
                c = line[pos]
                if c == ' ':
                    col += 1
                    altcol += 1
                elif c == '\t':
                    col = (col // tabsize + 1) * tabsize
                    altcol += 1
                elif c == '\f':
                    col = altcol = 0
                else:
                    break
                pos += 1
            rest = line[pos:]
            if rest[:1] in ('#', '\r', '\n', ''):
                # blank or comment-only line: no indentation change
                if rest[:1] == '#':
                    end = len(rest.rstrip('\r\n'))
                    yield tok(COMMENT, rest[:end], row, pos, row, pos + end)
                    pos += end
                nl = line[pos:]
                if nl:
                    yield tok(NL, nl, row, pos, row, pos + len(nl))
                else:
                    yield tok(NL, '', row, pos, row, pos + 1)
                continue
            tab_error = TabError('inconsistent use of tabs and spaces in indentation',
                                 ('<string>', row, len(line), line))
            if col > indents[-1]:
                if altcol <= altindents[-1]:
                    raise tab_error
                indents.append(col)
                altindents.append(altcol)
                yield tok(INDENT, line[:pos], row, 0, row, pos)
            elif col < indents[-1]:
                if col not in indents:
                    raise IndentationError(
                        'unindent does not match any outer indentation level',
                        ('<string>', row, pos + 1, line))
                depth = len(indents)
                while col < indents[depth - 1]:
                    depth -= 1
                if altcol != altindents[depth - 1]:
                    raise tab_error
                while len(indents) > depth:
                    indents.pop()
                    altindents.pop()
                    yield tok(DEDENT, '', row, pos, row, pos)
            elif altcol != altindents[-1]:
                raise tab_error
            sc.pos = pos
            has_tokens = False
        # -- tokens of this physical line (and of the lines a string pulls in)
        while True:
            fs = fstrings[-1] if fstrings else None
            if fs is not None and (not fs.fields or fs.fields[-1][0] == 'spec'):
                for t in _fstring_literal(sc, fs, fstrings, len(parens), tok):
                    yield t
                has_tokens = True
                continue
            line = sc.line
            pos = sc.pos
            n = len(line)
            while pos < n and line[pos] in ' \t\f':
                pos += 1
            sc.pos = pos
            if pos >= n or line[pos] in '\r\n':
                nl = line[pos:]
                kind = NEWLINE if (has_tokens and not parens and not fstrings) else NL
                row = sc.row
                if nl:
                    yield tok(kind, nl, row, pos, row, pos + len(nl))
                else:
                    yield tok(kind, '', row, pos, row, pos + 1)
                break
            c = line[pos]
            row = sc.row
            if c == '#':
                end = len(line.rstrip('\r\n'))
                yield tok(COMMENT, line[pos:end], row, pos, row, end)
                sc.pos = end
                continue
            if c == '\\' and line[pos + 1:] in ('\n', '\r\n', '\r', ''):
                if not sc.next_line():
                    raise TokenError('unexpected EOF in multi-line statement',
                                     (row, len(line) if has_tokens else 0))
                continue
            if c < ' ' or c == '\x7f':
                raise TokenError('invalid non-printable character U+%04X' % ord(c), (row, pos + 1))
            has_tokens = True
            if _is_id_start(c):
                end = pos + 1
                while end < n and _is_id_char(line[end]):
                    end += 1
                word = line[pos:end]
                if end < n and line[end] in '\'"' and word.lower() in _STRING_PREFIXES:
                    if 'f' in word.lower():
                        q = line[end] * 3 if line.startswith(line[end] * 3, end) else line[end]
                        stop = end + len(q)
                        yield tok(FSTRING_START, line[pos:stop], row, pos, row, stop)
                        fstrings.append(_FString(q, 'r' in word.lower(), row, pos))
                        sc.pos = stop
                        continue
                    yield _string(sc, pos, end, tok, bool(fstrings))
                    continue
                yield tok(NAME, word, row, pos, row, end)
                sc.pos = end
                continue
            if c in '\'"':
                yield _string(sc, pos, pos, tok, bool(fstrings))
                continue
            if c.isdigit() or (c == '.' and line[pos + 1:pos + 2].isdigit()):
                m = _NUMBER_RE.match(line, pos)
                end = m.end() if m else pos + 1
                _check_number(line, pos, end, row)
                yield tok(NUMBER, line[pos:end], row, pos, row, end)
                sc.pos = end
                continue
            # operators
            if line[pos:pos + 3] in _OPS3:
                op = line[pos:pos + 3]
            elif line[pos:pos + 2] in _OPS2:
                op = line[pos:pos + 2]
            else:
                op = c
            end = pos + len(op)
            sc.pos = end
            if fs is not None and fs.fields and fs.fields[-1][1] == len(parens):
                field = fs.fields[-1]
                if op == '}':
                    fs.fields.pop()
                    yield tok(OP, op, row, pos, row, end)
                    continue
                if op == ':' or op == ':=':
                    # ':' at the top level of a replacement field starts its format spec
                    sc.pos = pos + 1
                    field[0] = 'spec'
                    yield tok(OP, ':', row, pos, row, pos + 1)
                    continue
            if op in '([{':
                parens.append(op)
            elif op in ')]}':
                if parens:
                    parens.pop()
            yield tok(OP, op, row, pos, row, end)
    # -- end of input
    if fstrings:
        fs = fstrings[0]
        if fstrings[-1].fields and fstrings[-1].fields[-1][0] == 'expr':
            # input ended inside a replacement field, like inside brackets
            raise TokenError('unexpected EOF in multi-line statement',
                             (sc.row, len(sc.line) + 1))
        raise TokenError('unterminated f-string literal (detected at line %d)' % sc.row,
                         (fs.row, fs.col + 1))
    if parens:
        raise TokenError('unexpected EOF in multi-line statement', (sc.row, 0))
    end_row = sc.row + 1
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (end_row, 0), (end_row, 0), '')
    yield TokenInfo(ENDMARKER, '', (end_row, 0), (end_row, 0), '')


def _string(sc, start, qpos, tok, in_fstring=False):
    """A complete (non-f) string literal starting at sc.line[start] whose
    quote is at qpos; multi-line strings pull more lines."""
    line = sc.line
    row = sc.row
    quote = line[qpos]
    triple = line.startswith(quote * 3, qpos)
    q = quote * 3 if triple else quote
    pos = qpos + len(q)
    while True:
        line = sc.line
        if pos >= len(line):
            if not triple and in_fstring:
                raise TokenError("f-string: expecting '}'", (row, start + 1))
            if not triple and not line.endswith('\\\n') and not line.endswith('\\\r\n'):
                raise TokenError('unterminated string literal (detected at line %d)' % sc.row,
                                 (row, start + 1))
            if not sc.next_line():
                if triple:
                    raise TokenError('EOF in multi-line string', (row, start + 1))
                raise TokenError('unterminated string literal (detected at line %d)' % sc.row,
                                 (row, start + 1))
            pos = 0
            continue
        c = line[pos]
        if c == '\\':
            pos += 2
            continue
        if not triple and c in '\r\n':
            if in_fstring:
                raise TokenError("f-string: expecting '}'", (row, start + 1))
            raise TokenError('unterminated string literal (detected at line %d)' % sc.row,
                             (row, start + 1))
        if line.startswith(q, pos):
            end = pos + len(q)
            sc.pos = end
            text = ''.join(sc.lines[row - 1:sc.row])
            # the token text runs from the start column on the first line
            first_offset = sum(len(l) for l in sc.lines[row - 1:sc.row - 1])
            string = text[start:first_offset + end]
            return tok(STRING, string, row, start, sc.row, end)
        pos += 1


def _fstring_literal(sc, fs, fstrings, depth, tok):
    """Scan literal text of an f-string (or of a format spec) up to the next
    replacement field, the end of the spec or the closing quote."""
    in_spec = bool(fs.fields)
    srow, scol = sc.row, sc.pos
    buf = []
    triple = len(fs.quote) == 3

    def middle(erow, ecol):
        return tok(FSTRING_MIDDLE, ''.join(buf), srow, scol, erow, ecol)

    while True:
        line = sc.line
        pos = sc.pos
        if pos >= len(line):
            if not triple or not sc.next_line():
                if triple:
                    raise TokenError('unterminated triple-quoted f-string literal (detected at line %d)'
                                     % sc.row, (fs.row, fs.col + 1))
                raise TokenError('unterminated f-string literal (detected at line %d)' % sc.row,
                                 (fs.row, fs.col + 1))
            continue
        c = line[pos]
        if not in_spec and line.startswith(fs.quote, pos):
            if buf:
                yield middle(sc.row, pos)
            end = pos + len(fs.quote)
            yield tok(FSTRING_END, fs.quote, sc.row, pos, sc.row, end)
            sc.pos = end
            fstrings.pop()
            return
        if c in '\r\n' and not triple:
            raise TokenError('unterminated f-string literal (detected at line %d)' % sc.row,
                             (fs.row, fs.col + 1))
        if c == '\\':
            nxt = line[pos + 1:pos + 2]
            if not fs.raw and nxt == 'N' and line[pos + 2:pos + 3] == '{':
                close = line.find('}', pos)
                close = len(line) - 1 if close < 0 else close
                buf.append(line[pos:close + 1])
                sc.pos = close + 1
                # the tokenizer ends a middle token after a named escape
                yield middle(sc.row, sc.pos)
                srow, scol = sc.row, sc.pos
                buf = []
                continue
            if nxt in ('{', '}') or nxt == '':
                buf.append(c)
                sc.pos = pos + 1
                continue
            if fs.raw and nxt not in ('\\', fs.quote[0]):
                buf.append(c)
                sc.pos = pos + 1
                continue
            buf.append(line[pos:pos + 2])
            sc.pos = pos + 2
            continue
        if c == '{':
            if not in_spec and line[pos + 1:pos + 2] == '{':
                buf.append('{')
                yield middle(sc.row, pos + 1)
                sc.pos = pos + 2
                srow, scol = sc.row, sc.pos
                buf = []
                continue
            if buf:
                yield middle(sc.row, pos)
            yield tok(OP, '{', sc.row, pos, sc.row, pos + 1)
            sc.pos = pos + 1
            fs.fields.append(['expr', depth])
            return
        if c == '}':
            if in_spec:
                yield middle(sc.row, pos)
                yield tok(OP, '}', sc.row, pos, sc.row, pos + 1)
                sc.pos = pos + 1
                fs.fields.pop()
                return
            if line[pos + 1:pos + 2] == '}':
                buf.append('}')
                yield middle(sc.row, pos + 1)
                sc.pos = pos + 2
                srow, scol = sc.row, sc.pos
                buf = []
                continue
            yield middle(sc.row, pos)
            raise TokenError("f-string: single '}' is not allowed", (sc.row, pos + 1))
        buf.append(c)
        sc.pos = pos + 1


def generate_tokens(readline):
    """Tokenize a source read as str lines (readline returns '' at the end)."""
    return _generate(readline)


def tokenize(readline):
    """Tokenize a source read as bytes lines: ENCODING first, then the tokens."""
    encoding, consumed = detect_encoding(readline)
    pending = list(consumed)

    def rl():
        if pending:
            return pending.pop(0)
        try:
            return readline()
        except StopIteration:
            return b''
    # the token names the codec without its BOM variant, as CPython's does
    yield TokenInfo(ENCODING, 'utf-8' if encoding == 'utf-8-sig' else encoding, (0, 0), (0, 0), '')
    dec = 'utf-8' if encoding == 'utf-8-sig' else encoding
    first = [True]

    def text_rl():
        b = rl()
        if first[0] and encoding == 'utf-8-sig' and b.startswith(BOM_UTF8):
            b = b[3:]
        first[0] = False
        return b.decode(dec) if isinstance(b, bytes) else b
    yield from _generate(text_rl)


# ---- encodings -----------------------------------------------------------------------------

def _get_normal_name(orig_enc):
    enc = orig_enc[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
            enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return orig_enc


def detect_encoding(readline):
    """The encoding of a source (PEP 263 cookie or BOM; default utf-8) and
    the (at most two) lines read to find it."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    default = 'utf-8'

    def read():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie_of(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = 'invalid or missing encoding declaration'
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        m = cookie_re.match(text)
        if not m:
            return None
        enc = _get_normal_name(m.group(1))
        try:
            lookup(enc)
        except LookupError:
            if filename is None:
                msg = 'unknown encoding: ' + enc
            else:
                msg = 'unknown encoding for {!r}: {}'.format(filename, enc)
            raise SyntaxError(msg)
        if bom_found:
            if enc != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            enc += '-sig'
        return enc

    first = read()
    if first.startswith(BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    enc = cookie_of(first)
    if enc:
        return enc, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read()
    if not second:
        return default, [first]
    enc = cookie_of(second)
    if enc:
        return enc, [first, second]
    return default, [first, second]


def open(filename):
    """Open a Python source file read-only, decoding it with detect_encoding()."""
    buffer = _builtin_open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
    finally:
        buffer.close()
    # ftpy's io builds text files through open(); line buffering as CPython's
    return _builtin_open(filename, 'r', encoding=encoding)


# ---- untokenize ----------------------------------------------------------------------------

def _double_braces(text):
    """Literal f-string text back to source form: braces doubled, except the
    braces of a \\N{NAME} escape."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == '\\':
            j = i
            while j < n and text[j] == '\\':
                j += 1
            out.append(text[i:j])
            if (j - i) % 2 == 1 and text[j:j + 2] == 'N{':
                close = text.find('}', j)
                close = n - 1 if close < 0 else close
                out.append(text[j:close + 1])
                i = close + 1
            else:
                i = j
            continue
        out.append(c * 2 if c in '{}' else c)
        i += 1
    return ''.join(out)


def untokenize(iterable):
    """Source text (bytes if an ENCODING token came first) from tokens.

    With full 5-tuples the text reproduces the token positions; with
    (type, string) pairs only the spacing needed to separate tokens is used."""
    out = []
    encoding = None
    prev_row, prev_col = 1, 0
    indents = []
    compat = False
    it = iter(iterable)
    startline = False
    prev_type = None
    for t in it:
        if len(t) == 2:
            compat = True
        if compat:
            ttype, text = t[0], t[1]
            if ttype == ENCODING:
                encoding = text
                continue
            if ttype in (NAME, NUMBER):
                text += ' '
            if ttype == FSTRING_MIDDLE:
                text = _double_braces(text)
            if ttype == INDENT:
                indents.append(text)
                continue
            if ttype == DEDENT:
                if indents:
                    indents.pop()
                continue
            if ttype in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                out.append(indents[-1])
                startline = False
            elif ttype == FSTRING_END:
                startline = False
            out.append(text)
            prev_type = ttype
            continue
        ttype, text, start, end, line = t[:5]
        if ttype == ENCODING:
            encoding = text
            continue
        if ttype == ENDMARKER:
            break
        row, col = start
        if row < prev_row or (row == prev_row and col < prev_col):
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, prev_row, prev_col))
        if ttype in (STRING, FSTRING_START) and prev_type in (STRING, FSTRING_END):
            out.append(' ')   # CPython keeps adjacent literals visibly apart
        prev_type = ttype
        if row > prev_row:
            out.append('\\\n' * (row - prev_row))
            prev_col = 0
        if col > prev_col:
            out.append(' ' * (col - prev_col))
        if ttype == INDENT:
            indents.append(text)
        elif ttype == DEDENT and indents:
            indents.pop()
        extra = 0
        if ttype == FSTRING_MIDDLE:
            escaped = _double_braces(text)
            # the token's end column counts the source's doubled braces of its last line
            extra = (len(escaped.rsplit('\n', 1)[-1]) - len(text.rsplit('\n', 1)[-1]))
            text = escaped
        out.append(text)
        prev_row, prev_col = end
        prev_col += extra
        if ttype in (NEWLINE, NL):
            prev_row += 1
            prev_col = 0
    result = ''.join(out)
    if encoding is not None:
        result = result.encode(encoding)
    return result


def _main(args=None):
    """python -m tokenize [-e] [filename.py]: print a file's tokens."""
    import argparse

    def report(message, filename=None, location=None):
        if location:
            where = '%s:%d:%d: ' % ((filename or '<stdin>',) + tuple(location))
        elif filename:
            where = '%s: ' % filename
        else:
            where = ''
        print('%serror: %s' % (where, message), file=sys.stderr)
        sys.exit(1)

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    opts = parser.parse_args(args)
    def show(tokens):
        for t in tokens:       # printed as produced: an error comes after the good tokens
            kind = t.exact_type if opts.exact else t.type
            span = '%d,%d-%d,%d:' % (t.start + t.end)
            print('%-20s%-15s%-15r' % (span, tok_name[kind], t.string))

    try:
        if opts.filename:
            with _builtin_open(opts.filename, 'rb') as f:
                show(tokenize(f.readline))
        else:
            show(generate_tokens(sys.stdin.readline))
    except IndentationError as err:
        report(err.args[0], err.args[1][0], err.args[1][1:3])
    except TokenError as err:
        report(err.args[0], opts.filename, err.args[1])
    except SyntaxError as err:
        report(err, opts.filename)
    except OSError as err:
        report(err)
    except KeyboardInterrupt:
        print('interrupted\n')


if __name__ == '__main__':
    _main()
