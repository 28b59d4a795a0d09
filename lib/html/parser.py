"""html.parser (ftpy): a tolerant, incremental HTML tokenizer.

HTMLParser splits HTML into events (start/end tags, text, comments,
declarations, processing instructions, character and entity references)
and calls one handler method per event; subclasses override the handlers.
Text may be fed in arbitrary pieces: a construct cut by the end of the data
fed so far is kept in self.rawdata until more arrives or close() is called.

Behaviour follows CPython 3.13's html.parser (tolerant HTML5-style
tokenisation, lower-cased tag and attribute names, unescaped attribute
values, <script>/<style> content passed through as raw text). A parser
instance is not meant to be shared between threads.
"""

import re
from html import unescape

__all__ = ['HTMLParser']

_letter_after_lt = re.compile(r'<[a-zA-Z]')
_text_stop = re.compile(r'[&<]')
_maybe_ref = re.compile(r'&[a-zA-Z#]')
_named_ref = re.compile(r'&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_num_ref = re.compile(r'&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_space_or_semi = re.compile(r'[\s;]')
_comment_end = re.compile(r'--\s*>')
_decl_name = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_section_end = re.compile(r']\s*]\s*>')
_ms_section_end = re.compile(r']\s*>')

# Tag name, then any run of whitespace and lone slashes.
_tag_name = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
# One attribute: a name that follows a quote, space or slash; optionally
# '=' and a quoted or bare value; then separators.
_attribute = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)'
    r'(\s*=+\s*(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?'
    r'(?:\s|/(?!>))*')
# The longest prefix of the buffer that can belong to a start tag.
_start_tag_extent = re.compile(r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*
  (?:[\s/]*
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*
      (?:\s*=+\s*
        (?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)
        \s*
       )?(?:\s|/(?!>))*
     )*
   )?
  \s*
""", re.VERBOSE)
_end_tag = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')


class HTMLParser:
    """Find tags and other markup and call handler functions.

    Usage:
        p = HTMLParser()
        p.feed(data)
        ...
        p.close()

    With convert_charrefs (the default) character references in text are
    converted and passed to handle_data(); otherwise they are reported by
    handle_charref()/handle_entityref()."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance. Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        self._cdata_end = None
        self.lineno = 1
        self.offset = 0
        self.__starttag_text = None

    def feed(self, data):
        """Feed data to the parser: any amount, ending anywhere."""
        self.rawdata = self.rawdata + data
        self._run(False)

    def close(self):
        """Handle any buffered data: call at the end of the document."""
        self._run(True)

    def getpos(self):
        """Return the current (line number, offset) in the input."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """Return the full source of the most recent start tag."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self._cdata_end = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.cdata_elem = None
        self._cdata_end = None

    # -- position bookkeeping

    def _advance(self, i, j):
        if i >= j:
            return j
        nl = self.rawdata.count('\n', i, j)
        if nl:
            self.lineno += nl
            self.offset = j - (self.rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    updatepos = _advance

    def _text(self, s):
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(s))
        else:
            self.handle_data(s)

    # -- the main loop

    def _run(self, final):
        raw = self.rawdata
        n = len(raw)
        i = 0
        while i < n:
            # 1. Plain text up to the next interesting position j.
            if self.convert_charrefs and not self.cdata_elem:
                j = raw.find('<', i)
                if j < 0:
                    # A reference could be cut at the end of the buffer:
                    # keep the tail until it is complete.
                    amp = raw.rfind('&', max(i, n - 34))
                    if amp >= 0 and not _space_or_semi.search(raw, amp):
                        break
                    j = n
            else:
                m = (self._cdata_end or _text_stop).search(raw, i)
                if m:
                    j = m.start()
                elif self.cdata_elem:
                    break
                else:
                    j = n
            if i < j:
                self._text(raw[i:j])
            i = self._advance(i, j)
            if i == n:
                break

            # 2. Markup or a reference at i.
            if raw.startswith('<', i):
                if _letter_after_lt.match(raw, i):
                    k = self.parse_starttag(i)
                elif raw.startswith('</', i):
                    k = self.parse_endtag(i)
                elif raw.startswith('<!--', i):
                    k = self.parse_comment(i)
                elif raw.startswith('<?', i):
                    k = self.parse_pi(i)
                elif raw.startswith('<!', i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data('<')
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not final:
                        break
                    # Unfinished markup at the end of the document is text.
                    k = raw.find('>', i + 1)
                    if k < 0:
                        k = raw.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(raw[i:k])
                i = self._advance(i, k)
            elif raw.startswith('&#', i):
                m = _num_ref.match(raw, i)
                if m:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    if raw[k - 1] != ';':
                        k -= 1
                    i = self._advance(i, k)
                    continue
                if ';' in raw[i:]:
                    # Not a reference after all: pass the '&#' on as text.
                    self.handle_data(raw[i:i + 2])
                    i = self._advance(i, i + 2)
                break
            elif raw.startswith('&', i):
                m = _named_ref.match(raw, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if raw[k - 1] != ';':
                        k -= 1
                    i = self._advance(i, k)
                    continue
                m = _maybe_ref.match(raw, i)
                if m:
                    if final and m.group() == raw[i:]:
                        k = m.end()
                        if k <= i:
                            k = n
                        i = self._advance(i, i + 1)
                    break
                elif i + 1 < n:
                    self.handle_data('&')
                    i = self._advance(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("unexpected character at parse position")

        if final and i < n and not self.cdata_elem:
            self._text(raw[i:n])
            i = self._advance(i, n)
        self.rawdata = raw[i:]

    goahead = _run

    # -- markup constructs; each returns the index after it, or -1 if the
    #    buffer ends before the construct does.

    def parse_html_declaration(self, i):
        raw = self.rawdata
        if raw[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if raw[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if raw[i:i + 9].lower() == '<!doctype':
            gt = raw.find('>', i + 9)
            if gt == -1:
                return -1
            self.handle_decl(raw[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_comment(self, i, report=1):
        raw = self.rawdata
        if raw[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        m = _comment_end.search(raw, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(raw[i + 4:m.start()])
        return m.end()

    def parse_marked_section(self, i, report=1):
        raw = self.rawdata
        m = _decl_name.match(raw, i + 3)
        if m is None or m.end() == len(raw):
            # The name may continue in data not fed yet.
            return -1
        name = raw[i + 3:m.end()].strip().lower()
        if name in ('temp', 'cdata', 'ignore', 'include', 'rcdata'):
            close = _section_end.search(raw, i + 3)
        elif name in ('if', 'else', 'endif'):
            close = _ms_section_end.search(raw, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % raw[i + 3:m.end()])
        if not close:
            return -1
        if report:
            self.unknown_decl(raw[i + 3:close.start()])
        return close.end()

    def parse_bogus_comment(self, i, report=1):
        raw = self.rawdata
        if raw[i:i + 2] not in ('<!', '</'):
            raise AssertionError('unexpected call to parse_bogus_comment()')
        gt = raw.find('>', i + 2)
        if gt == -1:
            return -1
        if report:
            self.handle_comment(raw[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        raw = self.rawdata
        gt = raw.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_pi(raw[i + 2:gt])
        return gt + 1

    def _start_tag_end(self, i):
        raw = self.rawdata
        j = _start_tag_extent.match(raw, i).end()
        nxt = raw[j:j + 1]
        if nxt == '>':
            return j + 1
        if nxt == '/':
            if raw.startswith('/>', j):
                return j + 2
            if raw.startswith('/', j):
                # '/' at the end of the buffer: the '>' may follow.
                return -1
            return j if j > i else i + 1
        if nxt == '':
            return -1
        if nxt in ('abcdefghijklmnopqrstuvwxyz=/'
                   'ABCDEFGHIJKLMNOPQRSTUVWXYZ'):
            return -1
        return j if j > i else i + 1

    check_for_whole_start_tag = _start_tag_end

    def parse_starttag(self, i):
        self.__starttag_text = None
        end = self._start_tag_end(i)
        if end < 0:
            return end
        raw = self.rawdata
        self.__starttag_text = raw[i:end]

        m = _tag_name.match(raw, i + 1)
        k = m.end()
        self.lasttag = tag = m.group(1).lower()
        attrs = []
        while k < end:
            a = _attribute.match(raw, k)
            if not a:
                break
            name, rest, value = a.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == value[-1:] and value[:1] in ('"', "'"):
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = a.end()

        tail = raw[k:end].strip()
        if tail not in ('>', '/>'):
            self.handle_data(raw[i:end])
            return end
        if tail.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return end

    def parse_endtag(self, i):
        raw = self.rawdata
        if raw[i:i + 2] != '</':
            raise AssertionError('unexpected call to parse_endtag')
        gt = raw.find('>', i + 1)
        if gt < 0:
            return -1
        end = gt + 1
        m = _end_tag.match(raw, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(raw[i:end])
                return end
            # Tolerate "</tag attrs>", "</>" and "</ bogus>".
            nm = _tag_name.match(raw, i + 2)
            if not nm:
                if raw[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            name = nm.group(1).lower()
            end = raw.find('>', nm.end()) + 1
            self.handle_endtag(name)
            return end

        name = m.group(1).lower()
        if self.cdata_elem is not None and name != self.cdata_elem:
            self.handle_data(raw[i:end])
            return end
        self.handle_endtag(name)
        self.clear_cdata_mode()
        return end

    # -- handlers: override in subclasses

    def handle_startendtag(self, tag, attrs):
        """An XHTML-style empty tag <tag/>: start tag then end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
