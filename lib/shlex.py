"""shlex -- a lexer for shell-like syntax (ftpy): shlex class, split, quote, join.

Written from the documented behaviour of CPython's shlex: POSIX mode
quoting rules (quotes, escapes, escaped quotes), comments, punctuation_chars
and whitespace_split. A shlex instance keeps mutable lexer state and is
not meant to be shared between threads.
"""
import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
        if self.posix:
            self.wordchars += ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                               "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        self._pushback_chars = deque()
        if punctuation_chars:
            self.wordchars += "~-./*?="
            t = self.wordchars.maketrans(dict.fromkeys(punctuation_chars))
            self.wordchars = self.wordchars.translate(t)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()

    def get_token(self):
        """Return the next token (pushed-back tokens first)."""
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    (newfile, newstream) = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    # ---- the tokenizer -------------------------------------------------------
    # One token per call. `kind` tracks what the token is so far: None
    # (nothing read yet), "word" or "punct". Quotes and escapes are handled
    # by helpers that consume characters up to the end of the construct.

    def _getc(self):
        if self._punctuation_chars and self._pushback_chars:
            ch = self._pushback_chars.pop()
        else:
            ch = self.instream.read(1)
        if ch == "\n":
            self.lineno += 1
        return ch

    def _ungetc(self, ch):
        if ch == "\n":
            self.lineno -= 1
        if self._punctuation_chars:
            self._pushback_chars.append(ch)
        else:
            self.pushback.appendleft(ch)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _escaped(self, esc, quote):
        """The text an escape produces (esc already read) in POSIX mode."""
        ch = self._getc()
        if not ch:
            raise ValueError("No escaped character")
        if quote is not None and ch != esc and ch != quote:
            return esc + ch
        return ch

    def _quoted(self, quote):
        """The content of a quoted section (opening quote already read)."""
        out = []
        while True:
            ch = self._getc()
            if not ch:
                raise ValueError("No closing quotation")
            if ch == quote:
                return "".join(out)
            if self.posix and ch in self.escape and quote in self.escapedquotes:
                out.append(self._escaped(ch, quote))
            else:
                out.append(ch)

    def read_token(self):
        buf = []
        quoted = False
        kind = None
        while True:
            ch = self._getc()
            if not ch:
                break
            if kind is None:
                if ch in self.whitespace:
                    continue
                if ch in self.commenters:
                    self._skip_comment()
                    continue
                if self.posix and ch in self.escape:
                    buf.append(self._escaped(ch, None))
                    kind = "word"
                elif ch in self.wordchars:
                    buf.append(ch)
                    kind = "word"
                elif ch in self._punctuation_chars:
                    buf.append(ch)
                    kind = "punct"
                elif ch in self.quotes:
                    quoted = True
                    if not self.posix:
                        return ch + self._quoted(ch) + ch
                    buf.append(self._quoted(ch))
                    kind = "word"
                elif self.whitespace_split:
                    buf.append(ch)
                    kind = "word"
                else:
                    return ch
            elif kind == "punct":
                if ch in self._punctuation_chars:
                    buf.append(ch)
                    continue
                if ch not in self.whitespace:
                    self._ungetc(ch)
                break
            else:
                if ch in self.whitespace:
                    break
                if ch in self.commenters:
                    self._skip_comment()
                    if self.posix:
                        break
                elif self.posix and ch in self.quotes:
                    quoted = True
                    buf.append(self._quoted(ch))
                elif self.posix and ch in self.escape:
                    buf.append(self._escaped(ch, None))
                elif (ch in self.wordchars or ch in self.quotes or
                      (self.whitespace_split and ch not in self._punctuation_chars)):
                    buf.append(ch)
                else:
                    self._ungetc(ch)
                    break
        if kind is None and not quoted:
            return None if self.posix else ""
        return "".join(buf)

    def sourcehook(self, newfile):
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return " ".join(quote(arg) for arg in split_command)


_find_unsafe = re.compile(r"[^\w@%+=:,./-]", re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if not isinstance(s, str):
        raise TypeError(f"expected string or bytes-like object, got {type(s).__name__!r}")
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
