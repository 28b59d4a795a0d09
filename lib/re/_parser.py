"""Regular-expression parser: pattern text -> node tree (see re/_engine.py).

Nodes are tuples (kind, ...):
  ("lit", ch)                 one character (case folding applied by the engine)
  ("any",)                    '.'
  ("set", negated, items)     items: ("ch", c) | ("range", lo, hi) | ("cat", name) | ("sub", setnode)
  ("cat", name)               \\d \\w \\s \\D \\W \\S outside a set
  ("bol",) ("eol",) ("bos",) ("eos",) ("eosnl",) ("wordb",) ("nwordb",)
  ("seq", [nodes])  ("alt", [nodes])
  ("group", index_or_None, node)
  ("rep", node, min, max_or_None, mode)   mode: "greedy" | "lazy" | "possessive"
  ("look", ahead: bool, negate: bool, node, width)
  ("atomic", node)
  ("backref", index)
  ("cond", group_index, yes_node, no_node)
  ("flags", add, remove, node)            scoped inline flags
"""

I, L, M, S, U, X, A = 2, 4, 8, 16, 32, 64, 256
_FLAG_LETTERS = {"i": I, "L": L, "m": M, "s": S, "u": U, "x": X, "a": A}
_SPECIAL = ".\\[{()*+?^$|"
_REPEAT_CHARS = "*+?{"
_HEXDIGITS = "0123456789abcdefABCDEF"


class PatternError(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError.__module__ = "re"
error = PatternError


class _State:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.flags = flags
        self.groups = 1
        self.groupdict = {}
        self.open_groups = []
        self.group_widths = {}
        self.is_bytes = False
        self.grouprefpos = {}

    def new_group(self, name, pos):
        gid = self.groups
        self.groups += 1
        if name is not None:
            if name in self.groupdict:
                raise error("redefinition of group name %r as group %d; was group %d"
                            % (name, gid, self.groupdict[name]), self.pattern, pos)
            self.groupdict[name] = gid
        return gid


class _Source:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else None

    def get(self):
        c = self.peek()
        if c is None:
            return None
        if c == "\\":
            if self.pos + 1 >= len(self.text):
                raise error("bad escape (end of pattern)", self.text, self.pos)
            self.pos += 2
            return "\\" + self.text[self.pos - 1]
        self.pos += 1
        return c

    def match(self, s):
        if self.text.startswith(s, self.pos):
            self.pos += len(s)
            return True
        return False

    def getuntil(self, terminator, name):
        start = self.pos
        while True:
            c = self.peek()
            if c is None:
                if not self.text[start:self.pos]:
                    raise error("missing " + name, self.text, start)
                raise error("missing %s, unterminated name" % terminator, self.text, start)
            if c == terminator:
                if self.pos == start:
                    raise error("missing " + name, self.text, start)
                result = self.text[start:self.pos]
                self.pos += 1
                return result
            self.pos += 1


def parse(pattern, flags):
    """Return (tree, groups, groupdict, flags)."""
    text = pattern if isinstance(pattern, str) else pattern.decode("latin-1")
    state = _State(text, flags)
    state.is_bytes = not isinstance(pattern, str)
    src = _Source(text)
    tree = _parse_alt(src, state, 0, True)
    if src.peek() is not None:
        if src.peek() == ")":
            raise error("unbalanced parenthesis", text, src.pos)
        raise error("unexpected end of pattern", text, src.pos)
    # conditional references are checked once all groups are known (CPython)
    for gid, pos in state.grouprefpos.items():
        if gid >= state.groups:
            raise error("invalid group reference %d" % gid, text, pos)
    return tree, state.groups, state.groupdict, state.flags


def _verbose(state):
    return state.flags & X


def _parse_alt(src, state, nested, top=False):
    branches = [_parse_seq(src, state, nested)]
    while src.match("|"):
        branches.append(_parse_seq(src, state, nested))
    if len(branches) == 1:
        return branches[0]
    return ("alt", branches)


def _parse_seq(src, state, nested):
    items = []
    text = src.text
    while True:
        c = src.peek()
        if c is None or c == "|" or c == ")":
            break
        start = src.pos
        if _verbose(state):
            if c in " \t\n\r\v\f":
                src.pos += 1
                continue
            if c == "#":
                while src.peek() is not None and src.peek() != "\n":
                    src.pos += 1
                continue
        tok = src.get()
        if tok == ".":
            atom = ("any",)
        elif tok == "^":
            atom = ("bol",)
        elif tok == "$":
            atom = ("eol",)
        elif tok == "[":
            atom = _parse_set(src, state, start)
        elif tok == "(":
            atom = _parse_group(src, state, start, nested)
            if atom is None:
                continue
        elif tok in ("*", "+", "?"):
            raise error("nothing to repeat", text, start)
        elif tok == "{":
            if _looks_like_repeat(src, start):
                raise error("nothing to repeat", text, start)
            atom = ("lit", "{")
        elif tok[0] == "\\":
            atom = _parse_escape(src, state, tok, start, in_set=False)
        else:
            atom = ("lit", tok)
        atom = _parse_quantifiers(src, state, atom, start)
        items.append(atom)
    if len(items) == 1:
        return items[0]
    return ("seq", items)


def _looks_like_repeat(src, start):
    text = src.text
    j = start + 1
    k = j
    while k < len(text) and text[k].isdigit():
        k += 1
    lo = text[j:k]
    if k < len(text) and text[k] == ",":
        k += 1
        k2 = k
        while k2 < len(text) and text[k2].isdigit():
            k2 += 1
        hi = text[k:k2]
        k = k2
    else:
        hi = None
    return k < len(text) and text[k] == "}" and (lo or hi)


def _parse_quantifiers(src, state, atom, atom_start):
    text = src.text
    while True:
        c = src.peek()
        if c is None or c not in _REPEAT_CHARS:
            return atom
        start = src.pos
        if c == "{":
            if not _looks_like_repeat(src, start):
                return atom
            src.pos += 1
            lo = ""
            while src.peek() is not None and src.peek().isdigit():
                lo += src.get()
            if src.match(","):
                hi = ""
                while src.peek() is not None and src.peek().isdigit():
                    hi += src.get()
            else:
                hi = lo
            src.match("}")
            mn = int(lo) if lo else 0
            mx = int(hi) if hi else None
            if mn >= 4294967295 or (mx is not None and mx >= 4294967295):
                raise OverflowError("the repetition number is too large")
            if mx is not None and mx < mn:
                raise error("min repeat greater than max repeat", text, start + 1)
        else:
            src.pos += 1
            mn, mx = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
        if atom[0] in ("bol", "eol", "bos", "eos", "eosnl", "wordb", "nwordb", "look"):
            raise error("nothing to repeat", text, atom_start) if atom[0] != "look" else \
                error("nothing to repeat", text, atom_start)
        if atom[0] == "rep":
            raise error("multiple repeat", text, start)
        mode = "greedy"
        if src.match("?"):
            mode = "lazy"
        elif src.match("+"):
            mode = "possessive"
        atom = ("rep", atom, mn, mx, mode)


def _parse_group(src, state, start, nested):
    text = src.text
    capture = True
    name = None
    if src.match("?"):
        c = src.get()
        if c is None:
            raise error("unexpected end of pattern", text, src.pos)
        if c == ":":
            capture = False
        elif c == "P":
            if src.match("<"):
                name = src.getuntil(">", "group name")
                if not name.isidentifier():
                    raise error("bad character in group name %r" % name, text, start + 4)
            elif src.match("="):
                name = src.getuntil(")", "group name")
                if not name.isidentifier():
                    raise error("bad character in group name %r" % name, text, start + 4)
                gid = state.groupdict.get(name)
                if gid is None:
                    raise error("unknown group name %r" % name, text, start + 4)
                return ("backref", gid)
            else:
                ch = src.get()
                if ch is None:
                    raise error("unexpected end of pattern", text, src.pos)
                raise error("unknown extension ?P" + ch, text, start + 1)
        elif c == "<" and src.peek() not in ("=", "!"):
            # (?<name>...) is not Python 3.13 syntax
            nxt = src.peek()
            if nxt is None:
                raise error("unexpected end of pattern", text, src.pos)
            raise error("unknown extension ?<" + nxt, text, start + 1)
        elif c in ("=", "!", "<"):
            ahead = True
            if c == "<":
                ahead = False
                c = src.get()
            negate = c == "!"
            node = _parse_alt(src, state, nested + 1)
            if not src.match(")"):
                raise error("missing ), unterminated subpattern", text, start)
            width = None
            if not ahead:
                lo, hi = _width(node)
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
                width = lo
            return ("look", ahead, negate, node, width)
        elif c == "#":
            while True:
                ch = src.peek()
                if ch is None:
                    raise error("missing ), unterminated comment", text, start)
                src.pos += 1
                if ch == ")":
                    return None
        elif c == ">":
            node = _parse_alt(src, state, nested + 1)
            if not src.match(")"):
                raise error("missing ), unterminated subpattern", text, start)
            return ("atomic", node)
        elif c == "(":
            cond = src.getuntil(")", "group name")
            if cond.isdigit():
                gid = int(cond)
                if gid == 0:
                    raise error("bad group number", text, start + 3)
                if gid >= 100:
                    raise error("invalid group reference %d" % gid, text, start + 3)
                state.grouprefpos.setdefault(gid, start + 3)
            else:
                if not cond.isidentifier():
                    raise error("bad character in group name %r" % cond, text, start + 3)
                gid = state.groupdict.get(cond)
                if gid is None:
                    raise error("unknown group name %r" % cond, text, start + 3)
            yes = _parse_seq(src, state, nested + 1)
            no = ("seq", [])
            if src.match("|"):
                no = _parse_seq(src, state, nested + 1)
                if src.peek() == "|":
                    raise error("conditional backref with more than two branches", text, src.pos)
            if not src.match(")"):
                raise error("missing ), unterminated subpattern", text, start)
            return ("cond", gid, yes, no)
        elif c in _FLAG_LETTERS or c == "-":
            src.pos -= 1
            add = 0
            while src.peek() is not None and src.peek() in _FLAG_LETTERS:
                add |= _FLAG_LETTERS[src.get()]
            remove = 0
            if src.match("-"):
                while src.peek() is not None and src.peek() in _FLAG_LETTERS:
                    remove |= _FLAG_LETTERS[src.get()]
                if not remove:
                    raise error("missing flag", text, src.pos)
            if src.match(")"):
                if remove:
                    raise error("missing :", text, src.pos - 1)
                if start != 0 and not (add & ~(I | M | S | X | A | U | L) == 0 and _only_flags_before(text, start)):
                    raise error("global flags not at the start of the expression", text, start)
                state.flags |= add
                return None
            if add & remove:
                raise error("bad inline flags: flag turned on and off", text, src.pos)
            if not src.match(":"):
                ch = src.peek()
                if ch is None:
                    raise error("missing -, : or )", text, src.pos)
                raise error("unknown flag", text, src.pos)
            saved = state.flags
            state.flags = (state.flags | add) & ~remove
            node = _parse_alt(src, state, nested + 1)
            state.flags = saved
            if not src.match(")"):
                raise error("missing ), unterminated subpattern", text, start)
            return ("flags", add, remove, node)
        else:
            raise error("unknown extension ?" + c, text, start + 1)
    # A clashing group name is reported where the name starts (CPython).
    gid = state.new_group(name, src.pos - len(name) - 1 if name is not None else start) if capture else None
    if gid is not None:
        state.open_groups.append(gid)
    node = _parse_alt(src, state, nested + 1)
    if gid is not None:
        state.open_groups.pop()
    if not src.match(")"):
        raise error("missing ), unterminated subpattern", text, start)
    return ("group", gid, node)


def _only_flags_before(text, pos):
    i = 0
    while i < pos:
        if not text.startswith("(?", i):
            return False
        j = text.find(")", i)
        if j < 0 or any(ch not in "aiLmsux" for ch in text[i + 2:j]):
            return False
        i = j + 1
    return True


_CATEGORIES = {"d": ("cat", "d"), "D": ("cat", "D"), "w": ("cat", "w"), "W": ("cat", "W"),
               "s": ("cat", "s"), "S": ("cat", "S")}
_SIMPLE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
                   "\\": "\\"}


def _parse_escape(src, state, tok, start, in_set):
    text = src.text
    c = tok[1]
    if c in _CATEGORIES:
        return _CATEGORIES[c]
    if not in_set:
        if c == "A":
            return ("bos",)
        if c == "Z":
            return ("eos",)
        if c == "b":
            return ("wordb",)
        if c == "B":
            return ("nwordb",)
    if c in _SIMPLE_ESCAPES and not (c == "b" and not in_set):
        return ("lit", _SIMPLE_ESCAPES[c])
    if c == "x":
        h = text[src.pos:src.pos + 2]
        if len(h) != 2 or any(ch not in _HEXDIGITS for ch in h):
            raise error("incomplete escape \\x" + h, text, start)
        src.pos += 2
        return ("lit", chr(int(h, 16)))
    if c in "uU" and not state.is_bytes:
        n = 4 if c == "u" else 8
        h = text[src.pos:src.pos + n]
        if len(h) != n or any(ch not in _HEXDIGITS for ch in h):
            raise error("incomplete escape \\%s%s" % (c, h), text, start)
        src.pos += n
        v = int(h, 16)
        if v > 0x10FFFF:
            raise error("bad escape \\%s%s" % (c, h), text, start)
        return ("lit", chr(v))
    if c == "N":
        if not src.match("{"):
            raise error("missing {", text, src.pos)
        name = src.getuntil("}", "character name")
        try:
            return ("lit", chr(_lookup_unicode_name(name)))
        except KeyError:
            raise error("undefined character name %r" % name, text, start) from None
    if c == "0":
        digits = c
        while len(digits) < 3 and src.peek() is not None and src.peek() in "01234567":
            digits += src.get()
        return ("lit", chr(int(digits, 8)))
    if c.isdigit():
        if in_set:
            digits = c
            while len(digits) < 3 and src.peek() is not None and src.peek() in "01234567":
                digits += src.get()
            if all(ch in "01234567" for ch in digits) and len(digits) == 3:
                v = int(digits, 8)
                if v > 0o377:
                    raise error("octal escape value \\%s outside of range 0-0o377" % digits, text, start)
                return ("lit", chr(v))
            raise error("bad escape \\%s" % c, text, start)
        digits = c
        if src.peek() is not None and src.peek().isdigit():
            nxt = c + src.peek()
            if (c in "01234567" and src.peek() in "01234567" and src.pos + 1 < len(text)
                    and text[src.pos + 1] in "01234567"):
                digits = c + src.get() + src.get()
                v = int(digits, 8)
                if v > 0o377:
                    raise error("octal escape value \\%s outside of range 0-0o377" % digits, text, start)
                return ("lit", chr(v))
            digits = nxt
            src.pos += 1
        gid = int(digits)
        if gid >= state.groups:
            raise error("invalid group reference %d" % gid, text, start + 1)
        if gid in state.open_groups:
            raise error("cannot refer to an open group", text, start)
        return ("backref", gid)
    if c.isascii() and c.isalpha():
        raise error("bad escape %s" % tok, text, start)
    return ("lit", c)


def _lookup_unicode_name(name):
    import unicodedata
    return ord(unicodedata.lookup(name))


def _parse_set(src, state, start):
    text = src.text
    negated = src.match("^")
    items = []
    first = True
    while True:
        c = src.peek()
        if c is None:
            raise error("unterminated character set", text, start)
        if c == "]" and not first:
            src.pos += 1
            break
        first = False
        item_start = src.pos
        tok = src.get()
        if tok == "[" and src.peek() in (":", ".", "="):
            lo = ("ch", "[")
        elif tok[0] == "\\":
            esc = _parse_escape(src, state, tok, item_start, in_set=True)
            lo = ("cat", esc[1]) if esc[0] == "cat" else ("ch", esc[1])
        else:
            lo = ("ch", tok)
        if src.peek() == "-" and src.pos + 1 < len(text) and text[src.pos + 1] != "]":
            src.pos += 1
            hi_start = src.pos
            tok2 = src.get()
            if tok2 is None:
                raise error("unterminated character set", text, start)
            if tok2[0] == "\\":
                esc = _parse_escape(src, state, tok2, hi_start, in_set=True)
                if esc[0] == "cat":
                    raise error("bad character range %s" % text[item_start:src.pos], text, item_start)
                hi = esc[1]
            else:
                hi = tok2
            if lo[0] == "cat":
                raise error("bad character range %s" % text[item_start:src.pos], text, item_start)
            if ord(hi) < ord(lo[1]):
                raise error("bad character range %s" % text[item_start:src.pos], text, item_start)
            items.append(("range", lo[1], hi))
        else:
            items.append(lo)
    return ("set", negated, items)


def _width(node):
    """(min, max) width of a node; max None = unbounded."""
    kind = node[0]
    if kind in ("lit", "any", "set", "cat"):
        return 1, 1
    if kind in ("bol", "eol", "bos", "eos", "eosnl", "wordb", "nwordb", "look"):
        return 0, 0
    if kind == "seq":
        lo = hi = 0
        for n in node[1]:
            a, b = _width(n)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if kind == "alt":
        ws = [_width(n) for n in node[1]]
        lo = min(w[0] for w in ws)
        hi = None if any(w[1] is None for w in ws) else max(w[1] for w in ws)
        return lo, hi
    if kind == "group":
        return _width(node[2])
    if kind in ("atomic",):
        return _width(node[1])
    if kind == "flags":
        return _width(node[3])
    if kind == "rep":
        a, b = _width(node[1])
        lo = a * node[2]
        hi = None if node[3] is None or b is None else b * node[3]
        return lo, hi
    if kind == "cond":
        a = _width(node[2])
        b = _width(node[3])
        return min(a[0], b[0]), (None if a[1] is None or b[1] is None else max(a[1], b[1]))
    if kind == "backref":
        return 0, None
    return 0, None
