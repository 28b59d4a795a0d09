"""re -- regular expression operations (Python syntax and semantics).

Patterns are parsed by re/_parser.py; the tree is compiled by the C module
_ftpy_sre (src/modules/sremodule.c) into an immutable program and matched
there (findall and literal sub run entirely in C). re/_engine.py, the
original pure-Python backtracking engine, is used only when _ftpy_sre is
not available. Compiled patterns are immutable and cached; matching keeps
all state per call, so patterns are safe to share between threads.
"""
import enum as _enum
from . import _parser, _engine
from ._parser import error, PatternError
try:
    import _ftpy_sre as _csre
except ImportError:
    _csre = None

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X",
           "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
           "NOFLAG", "RegexFlag", "PatternError"]



class RegexFlag(_enum.IntFlag):
    NOFLAG = 0
    ASCII = A = _parser.A
    IGNORECASE = I = _parser.I
    LOCALE = L = _parser.L
    UNICODE = U = _parser.U
    MULTILINE = M = _parser.M
    DOTALL = S = _parser.S
    VERBOSE = X = _parser.X
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        if self._name_ is not None and self.value in (0,) + tuple(m.value for m in type(self)):
            return "re." + self._name_
        value = self._value_
        members = []
        negative = value < 0
        if negative:
            value = ~value
        for m in (RegexFlag.ASCII, RegexFlag.IGNORECASE, RegexFlag.LOCALE, RegexFlag.UNICODE,
                  RegexFlag.MULTILINE, RegexFlag.DOTALL, RegexFlag.VERBOSE, RegexFlag.DEBUG):
            if value & m._value_:
                value &= ~m._value_
                members.append("re." + m._name_)
        if value:
            members.append(hex(value))
        res = "|".join(members)
        if negative:
            res = "~(%s)" % res if len(members) > 1 else "~%s" % res
        return res

    __str__ = object.__str__


globals().update(RegexFlag.__members__)
NOFLAG = RegexFlag.NOFLAG


class Match:
    """The result of a successful match."""

    __slots__ = ("re", "string", "pos", "endpos", "_m", "_bytes")

    # _m is the flat marks tuple (lastindex, start0, end0, start1, end1, ...)
    # with -1 for groups that did not take part, as the C engine returns it.
    def __init__(self, pattern, string, pos, endpos, marks):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._m = marks
        self._bytes = not isinstance(string, str)

    @property
    def lastindex(self):
        return self._m[0]

    @property
    def _marks(self):
        m = self._m
        return [None if m[k] < 0 else (m[k], m[k + 1]) for k in range(1, len(m), 2)]

    def _index(self, g):
        if isinstance(g, int) or hasattr(g, "__index__"):
            try:
                g = g.__index__()
            except (AttributeError, TypeError):
                raise IndexError("no such group") from None
            if 0 <= g < (len(self._m) >> 1):
                return g
            raise IndexError("no such group")
        try:
            gid = self.re.groupindex.get(g)
        except TypeError:
            gid = None
        if gid is None:
            raise IndexError("no such group")
        return gid

    def _get(self, g, default=None):
        k = 2 * self._index(g) + 1
        m = self._m
        a = m[k]
        if a < 0:
            return default
        r = self.string[a:m[k + 1]]
        if self._bytes and type(r) is not bytes:
            r = bytes(r)   # _sre hands out bytes for any bytes-like subject
        return r

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(args[0])
        return tuple(self._get(a) for a in args)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, len(self._m) >> 1))

    def groupdict(self, default=None):
        return {name: self._get(gid, default) for name, gid in self.re.groupindex.items()}

    def start(self, group=0):
        return self._m[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._m[2 * self._index(group) + 2]

    def span(self, group=0):
        k = 2 * self._index(group) + 1
        return (self._m[k], self._m[k + 1])

    def expand(self, template):
        return _expand_template(self.re, template)(self)

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, gid in self.re.groupindex.items():
            if gid == self.lastindex:
                return name
        return None

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(len(self._m) >> 1))

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(lambda cls, item: cls)


def _as_text(s):
    if isinstance(s, str):
        return s
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s).decode("latin-1")
    raise TypeError("expected string or bytes-like object, got %r" % type(s).__name__)


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("pattern", "flags", "groups", "groupindex", "_prog", "_c", "_bytes")

    def __init__(self, pattern, flags):
        is_bytes = not isinstance(pattern, str)
        if is_bytes and flags & _parser.U:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & _parser.A and flags & _parser.U:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        if flags & _parser.L and not is_bytes:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        user_flags = flags
        if is_bytes:
            flags |= _parser.A
        tree, groups, groupindex, final_flags = _parser.parse(pattern, flags)
        if final_flags & _parser.A and final_flags & _parser.U:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        if not is_bytes and not final_flags & _parser.A:
            final_flags |= _parser.U
        self.pattern = pattern
        self.flags = final_flags if not is_bytes else final_flags & ~_parser.A | (flags & _parser.A and 0)
        if is_bytes:
            self.flags = final_flags & ~_parser.A if not (flags & _parser.A and pattern is not None and False) else final_flags
            self.flags = final_flags & ~_parser.A
        self.groups = groups - 1
        self.groupindex = _MappingProxy(groupindex)
        self._bytes = is_bytes
        # The C engine runs every node kind the parser produces; the Python
        # engine stays as the fallback for a build without _ftpy_sre.
        self._c = None
        self._prog = None
        if _csre is not None:
            self._c = _csre.compile(tree, final_flags, groups)
        else:
            self._prog = _engine.Program(tree, groups, groupindex, final_flags)

    def _check(self, string, convert=True):
        if self._bytes and isinstance(string, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        if self._bytes and not isinstance(string, (bytes, bytearray, memoryview)):
            raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)
        if not self._bytes and not isinstance(string, str):
            if isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)
        return _as_text(string) if convert else string

    @staticmethod
    def _bounds(text, pos, endpos):
        n = len(text)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos is None or endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        return pos, endpos

    def _run(self, string, pos, endpos, anchored, full):
        c = self._c
        if c is not None:
            self._check(string, False)
            n = len(string)
            if endpos is None or endpos > n:
                endpos = n
            elif endpos < 0:
                endpos = 0
            if pos < 0:
                pos = 0
            elif pos > n:
                pos = n
            if endpos < pos and not anchored:
                return None   # (match/fullmatch still try an empty match there, as _sre does)
            m = c.match(string, pos, endpos, 2 if full else 1 if anchored else 0, False)
            if m is None:
                return None
            return Match(self, string, pos, endpos, m)
        text = self._check(string)
        pos, endpos = self._bounds(text, pos, endpos)
        if endpos < pos:
            return None
        ctx = self._prog.run(text, pos, endpos, anchored, full)
        if ctx is None:
            return None
        return Match(self, string, pos, endpos, _ctx_marks(ctx))

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, True, False)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, True, True)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, False, False)

    def _spans(self, string, pos, endpos):
        """Yield the marks tuples of successive matches (finditer's rules)."""
        c = self._c
        if c is not None:
            self._check(string, False)
            pos, endpos = self._bounds(string, pos, endpos)
            must_advance = False
            batch = 4
            while pos <= endpos:
                found = c.scan(string, pos, endpos, must_advance, batch)
                if not found:
                    return
                yield from found
                if len(found) < batch:
                    return
                last = found[-1]
                must_advance = last[1] == last[2]
                pos = last[2]
                if batch < 4096:
                    batch *= 4
            return
        text = self._check(string)
        pos, endpos = self._bounds(text, pos, endpos)
        prog = self._prog
        must_advance = False
        while pos <= endpos:
            ctx = prog.run(text, pos, endpos, False, False, must_advance)
            if ctx is None:
                return
            yield _ctx_marks(ctx)
            start, end = ctx.marks[0]
            must_advance = end == start
            pos = end

    def finditer(self, string, pos=0, endpos=None):
        if self._c is not None:
            self._check(string, False)
            pos, endpos = self._bounds(string, pos, endpos)
        else:
            pos, endpos = self._bounds(self._check(string), pos, endpos)
        return self._finditer(string, pos, endpos)

    def _finditer(self, string, pos, endpos):
        for m in self._spans(string, pos, endpos):
            yield Match(self, string, pos, endpos, m)

    def findall(self, string, pos=0, endpos=None):
        c = self._c
        if c is not None:
            self._check(string, False)
            pos, endpos = self._bounds(string, pos, endpos)
            return c.findall(string, pos, endpos)
        result = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group(0))
            elif self.groups == 1:
                result.append(m._get(1, string[:0]))
            else:
                result.append(tuple(m._get(i, string[:0]) for i in range(1, self.groups + 1)))
        return result

    def split(self, string, maxsplit=0):
        self._check(string)
        string = _plain(string)
        result = []
        last = 0
        count = 0
        ng = self.groups
        for m in self._spans(string, 0, None):
            if maxsplit and count >= maxsplit:
                break
            start, end = m[1], m[2]
            result.append(string[last:start])
            for k in range(3, 2 * ng + 3, 2):
                result.append(None if m[k] < 0 else string[m[k]:m[k + 1]])
            last = end
            count += 1
        result.append(string[last:])
        return result

    def subn(self, repl, string, count=0):
        self._check(string)
        c = self._c
        if (c is not None and type(repl) is type(string) and (type(string) is str or type(string) is bytes)
                and (b"\\" if self._bytes else "\\") not in repl):
            return c.subliteral(repl, string, count)
        if callable(repl):
            expand = repl
        else:
            expand = _expand_template(self, repl)
        pieces = []
        last = 0
        n = 0
        orig = string
        string = _plain(string)
        for marks in self._spans(string, 0, None):
            if count and n >= count:
                break
            m = Match(self, orig, 0, len(string), marks)
            start, end = marks[1], marks[2]
            if start > last:
                pieces.append(string[last:start])
            r = expand(m)
            if r is not None:
                if self._bytes and not isinstance(r, (bytes, bytearray, memoryview)):
                    raise TypeError("sequence item %d: expected a bytes-like object, %s found"
                                    % (len(pieces), type(r).__name__))
                if not self._bytes and not isinstance(r, str):
                    raise TypeError("sequence item %d: expected str instance, %s found"
                                    % (len(pieces), type(r).__name__))
                if r:
                    pieces.append(r)
            last = end
            n += 1
        pieces.append(string[last:])
        return string[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        if not self._bytes:
            flags &= ~_parser.U
        pat = repr(self.pattern)
        if len(pat) > 200:
            pat = pat[:200]
        if flags:
            # _sre's pattern repr has its own flag order (not the enum's)
            names = []
            for name in ("TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE",
                         "VERBOSE", "DEBUG", "ASCII"):
                v = RegexFlag[name].value
                if flags & v:
                    names.append("re." + name)
                    flags &= ~v
            if flags:
                names.append(hex(flags))
            return "re.compile(%s, %s)" % (pat, "|".join(names))
        return "re.compile(%s)" % pat

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return compile, (self.pattern, self.flags)

    __class_getitem__ = classmethod(lambda cls, item: cls)


def _plain(string):
    """The subject as str or bytes (bytearray/memoryview results are bytes)."""
    t = type(string)
    if t is str or t is bytes or isinstance(string, str):
        return string
    return bytes(string)


def _ctx_marks(ctx):
    m = [ctx.lastindex]
    for span in ctx.marks:
        m.extend((-1, -1) if span is None else span)
    return tuple(m)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._it = pattern.finditer(string, pos, endpos if endpos is not None else len(string))

    def match(self):
        return next(self._it, None)

    def search(self):
        return next(self._it, None)


class _MappingProxy(dict):
    """Read-only view of a group-name mapping."""

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __repr__(self):
        return "mappingproxy(%s)" % dict.__repr__(self)


def _expand_template(pattern, template):
    """Parse a replacement template once; return a function of a Match."""
    is_bytes = not isinstance(template, str)
    if is_bytes and not isinstance(template, (bytes, bytearray, memoryview)):
        raise TypeError("decoding to str: need a bytes-like object, %s found" % type(template).__name__)
    text = bytes(template).decode("latin-1") if is_bytes else template
    parts = []   # str pieces or int group numbers
    literal = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", template, i - 1)
        c = text[i]
        if c == "g":
            if i + 1 >= n or text[i + 1] != "<":
                raise error("missing <", template, i + 1)
            j = text.find(">", i + 2)
            if j < 0:
                if i + 2 >= n:
                    raise error("missing group name", template, i + 2)
                raise error("missing >, unterminated name", template, i + 2)
            name = text[i + 2:j]
            if not name:
                raise error("missing group name", template, i + 2)
            if name.isdigit() and name.isascii():
                gid = int(name)
                if gid > pattern.groups:
                    raise error("invalid group reference %d" % gid, template, i + 2)
            else:
                if not name.isidentifier():
                    raise error("bad character in group name %r" % name, template, i + 2)
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name %r" % name)
                gid = pattern.groupindex[name]
            if literal:
                parts.append("".join(literal))
                literal = []
            parts.append(gid)
            i = j + 1
            continue
        if c.isdigit():
            octal3 = i + 3 <= n and all(ch in "01234567" for ch in text[i:i + 3])
            if c == "0" or octal3:
                j = i
                while j < n and j < i + 3 and text[j] in "01234567":
                    j += 1
                v = int(text[i:j], 8)
                if v > 0o377:
                    raise error("octal escape value \\%s outside of range 0-0o377" % text[i:j], template, i - 1)
                literal.append(chr(v))
                i = j
                continue
            j = i + 1
            if j < n and text[j].isdigit():
                j += 1
            gid = int(text[i:j])
            if gid > pattern.groups:
                raise error("invalid group reference %d" % gid, template, i)
            if literal:
                parts.append("".join(literal))
                literal = []
            parts.append(gid)
            i = j
            continue
        esc = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}.get(c)
        if esc is not None:
            literal.append(esc)
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\%s" % c, template, i - 1)
        else:
            literal.append("\\" + c)
        i += 1
    if literal:
        parts.append("".join(literal))
    empty = b"" if is_bytes else ""
    if is_bytes:
        parts = [p.encode("latin-1") if isinstance(p, str) else p for p in parts]

    def expand(m):
        out = []
        for p in parts:
            if isinstance(p, int):
                v = m._get(p)
                if v is not None:
                    out.append(v)
            else:
                out.append(p)
        return empty.join(out)
    return expand


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


_unset = object()


def _legacy_args(fname, args, names, values):
    """CPython 3.13: count/maxsplit and flags given positionally still work
    but warn (DeprecationWarning)."""
    if not args:
        return values
    values = list(values)
    given = len(args)
    maxpos = 3 + len(names) if fname in ("sub", "subn") else 2 + len(names)
    if given > len(names):
        raise TypeError("%s() takes from %d to %d positional arguments but %d were given"
                        % (fname, maxpos - len(names), maxpos, maxpos - len(names) + given))
    for k, v in enumerate(args):
        if values[k] is not _unset:
            raise TypeError("%s() got multiple values for argument %r" % (fname, names[k]))
        values[k] = v
    import warnings
    warnings.warn("%r is passed as positional argument" % names[0], DeprecationWarning, stacklevel=3)
    return values


def sub(pattern, repl, string, *args, count=_unset, flags=_unset):
    count, flags = _legacy_args("sub", args, ("count", "flags"), (count, flags))
    count = 0 if count is _unset else count
    flags = 0 if flags is _unset else flags
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, *args, count=_unset, flags=_unset):
    count, flags = _legacy_args("subn", args, ("count", "flags"), (count, flags))
    count = 0 if count is _unset else count
    flags = 0 if flags is _unset else flags
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, *args, maxsplit=_unset, flags=_unset):
    maxsplit, flags = _legacy_args("split", args, ("maxsplit", "flags"), (maxsplit, flags))
    maxsplit = 0 if maxsplit is _unset else maxsplit
    flags = 0 if flags is _unset else flags
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


_special_chars = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    pattern = str(pattern, "latin1")
    return pattern.translate(_special_chars).encode("latin1")
