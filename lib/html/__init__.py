"""html (ftpy): escape() and unescape() for HTML text.

unescape() follows the HTML5 rules for character references: numeric
references in the C1 range are read as Windows-1252, surrogates and
out-of-range code points become U+FFFD, other disallowed code points are
dropped, and named references may omit the ';' for the legacy names (the
longest known prefix wins). Stateless; safe for concurrent use."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > by HTML-safe sequences; with quote (the default)
    also '"' and "'", so the result can go in an attribute value."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Numeric references that the HTML5 spec remaps: NUL, CR and the C1
# controls read as their Windows-1252 characters.
_cp1252_c1 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021'
              '\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
              '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014'
              '\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')
_invalid_charrefs = {0x00: '\ufffd', 0x0d: '\r'}
for _i, _c in enumerate(_cp1252_c1):
    _invalid_charrefs[0x80 + _i] = _c

# Code points a numeric reference may not produce: they vanish.
_invalid_codepoints = set(range(0x1, 0x9)) | set(range(0xe, 0x20)) | \
    set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0)) | {0xb}
for _plane in range(0x11):
    _invalid_codepoints.add(_plane * 0x10000 + 0xfffe)
    _invalid_codepoints.add(_plane * 0x10000 + 0xffff)
_invalid_codepoints = frozenset(_invalid_codepoints)
del _i, _c, _plane


def _replace_charref(m):
    s = m.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    if s in _html5:
        return _html5[s]
    # "&notit;" is "&not" followed by "it;": take the longest known prefix.
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Convert every named and numeric character reference in s
    (e.g. &gt;, &#62;, &#x3e;) to the corresponding Unicode character."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
