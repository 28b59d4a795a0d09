"""Backtracking matcher for the node trees of re/_parser.py (the fallback
engine: re uses the C engine _ftpy_sre whenever it is built in).

Each node compiles to a function m(ctx, i, k): try to match at index i and,
on success, call the continuation k(ctx, j) for the rest of the pattern;
return the final end index, or None when every alternative failed. Captures
live in ctx.marks and are restored when a branch backtracks. Repetitions of
single-character nodes run as loops (no recursion per character).

A compiled pattern is immutable and shared; all per-match state is in the
_Ctx object, so one pattern may be used by many threads at once.
"""
from . import _parser

I, M, S, X, A = _parser.I, _parser.M, _parser.S, _parser.X, _parser.A


class _Ctx:
    __slots__ = ("s", "end", "marks", "lastindex", "start")

    def __init__(self, s, end, ngroups):
        self.s = s
        self.end = end
        self.marks = [None] * ngroups
        self.lastindex = None
        self.start = 0


def _is_word(ch, ascii_only):
    if ascii_only:
        return ch.isascii() and (ch.isalnum() or ch == "_")
    return ch.isalnum() or ch == "_"


def _cat_test(name, ascii_only):
    if name in "dD":
        if ascii_only:
            base = lambda ch: "0" <= ch <= "9"
        else:
            base = str.isdecimal
    elif name in "wW":
        base = (lambda ch: _is_word(ch, True)) if ascii_only else (lambda ch: ch.isalnum() or ch == "_")
    else:
        if ascii_only:
            base = lambda ch: ch in " \t\n\r\f\v"
        else:
            base = lambda ch: ch.isspace() or ch in "\x1c\x1d\x1e\x1f"
    if name.isupper():
        return lambda ch: not base(ch)
    return base


def _fold_variants(ch, ascii_only):
    if ascii_only and not ch.isascii():
        return {ch}
    out = {ch, ch.lower(), ch.upper()}
    if ch in "sS\u017f":
        out |= {"s", "S", "\u017f"} if not ascii_only else {"s", "S"}
    if ch in "kK\u212a":
        out |= {"k", "K", "\u212a"} if not ascii_only else {"k", "K"}
    return {c for c in out if len(c) == 1}


def _char_test(node, flags):
    """A predicate ch -> bool for a single-character node, or None."""
    kind = node[0]
    icase = flags & I
    ascii_only = flags & A
    if kind == "lit":
        c = node[1]
        if icase:
            variants = _fold_variants(c, ascii_only)
            return variants.__contains__
        return c.__eq__
    if kind == "any":
        if flags & S:
            return lambda ch: True
        return lambda ch: ch != "\n"
    if kind == "cat":
        return _cat_test(node[1], ascii_only)
    if kind == "set":
        negated, items = node[1], node[2]
        chars = set()
        ranges = []
        tests = []
        for it in items:
            if it[0] == "ch":
                chars.add(it[1])
                if icase:
                    chars |= _fold_variants(it[1], ascii_only)
            elif it[0] == "range":
                ranges.append((it[1], it[2]))
            else:
                tests.append(_cat_test(it[1], ascii_only))

        def test(ch):
            if ch in chars:
                return True
            for lo, hi in ranges:
                if lo <= ch <= hi:
                    return True
                if icase:
                    for v in _fold_variants(ch, ascii_only):
                        if lo <= v <= hi:
                            return True
            for t in tests:
                if t(ch):
                    return True
            return False
        if negated:
            return lambda ch: not test(ch)
        return test
    if kind == "flags":
        inner = node[3]
        return _char_test(inner, (flags | node[1]) & ~node[2])
    return None


def compile_node(node, flags):
    kind = node[0]
    test = _char_test(node, flags) if kind in ("lit", "any", "cat", "set") else None
    if test is not None:
        def m_char(ctx, i, k):
            if i < ctx.end and test(ctx.s[i]):
                return k(ctx, i + 1)
            return None
        return m_char
    if kind == "seq":
        parts = [compile_node(n, flags) for n in node[1]]
        if not parts:
            return lambda ctx, i, k: k(ctx, i)
        return _chain(parts)
    if kind == "alt":
        alts = [compile_node(n, flags) for n in node[1]]

        def m_alt(ctx, i, k):
            for alt in alts:
                r = alt(ctx, i, k)
                if r is not None:
                    return r
            return None
        return m_alt
    if kind == "group":
        gid, inner = node[1], compile_node(node[2], flags)
        if gid is None:
            return inner

        def m_group(ctx, i, k):
            def close(ctx, j):
                old = ctx.marks[gid]
                old_last = ctx.lastindex
                ctx.marks[gid] = (i, j)
                ctx.lastindex = gid
                r = k(ctx, j)
                if r is None:
                    ctx.marks[gid] = old
                    ctx.lastindex = old_last
                return r
            return inner(ctx, i, close)
        return m_group
    if kind == "flags":
        return compile_node(node[3], (flags | node[1]) & ~node[2])
    if kind == "bol":
        if flags & M:
            return lambda ctx, i, k: k(ctx, i) if i == 0 or ctx.s[i - 1] == "\n" else None
        return lambda ctx, i, k: k(ctx, i) if i == 0 else None
    if kind == "eol":
        if flags & M:
            return lambda ctx, i, k: k(ctx, i) if i == len(ctx.s) or ctx.s[i] == "\n" else None
        return lambda ctx, i, k: (k(ctx, i) if i == len(ctx.s) or
                                  (i == len(ctx.s) - 1 and ctx.s[i] == "\n") else None)
    if kind == "bos":
        return lambda ctx, i, k: k(ctx, i) if i == 0 else None
    if kind == "eos":
        return lambda ctx, i, k: k(ctx, i) if i == len(ctx.s) else None
    if kind in ("wordb", "nwordb"):
        ascii_only = flags & A
        want = kind == "wordb"

        def m_wordb(ctx, i, k):
            s = ctx.s
            before = i > 0 and _is_word(s[i - 1], ascii_only)
            after = i < len(s) and _is_word(s[i], ascii_only)
            if (before != after) == want:
                return k(ctx, i)
            return None
        return m_wordb
    if kind == "rep":
        return _compile_rep(node, flags)
    if kind == "look":
        ahead, negate, inner_node, width = node[1], node[2], node[3], node[4]
        inner = compile_node(inner_node, flags)

        def accept(ctx, j):
            return j

        def m_look(ctx, i, k):
            if ahead:
                saved_end = ctx.end
                ctx.end = len(ctx.s)
                saved = list(ctx.marks)
                r = inner(ctx, i, accept)
                ctx.end = saved_end
            else:
                start = i - width
                saved = list(ctx.marks)
                if start < 0:
                    r = None
                else:
                    r = inner(ctx, start, lambda ctx, j: j if j == i else None)
            if negate:
                ctx.marks = saved
                return None if r is not None else k(ctx, i)
            if r is None:
                return None
            res = k(ctx, i)
            if res is None:
                ctx.marks = saved
            return res
        return m_look
    if kind == "atomic":
        inner = compile_node(node[1], flags)

        def m_atomic(ctx, i, k):
            saved = list(ctx.marks)
            j = inner(ctx, i, lambda ctx, j: j)
            if j is None:
                return None
            r = k(ctx, j)
            if r is None:
                ctx.marks = saved
            return r
        return m_atomic
    if kind == "backref":
        gid = node[1]
        icase = flags & I

        def m_backref(ctx, i, k):
            span = ctx.marks[gid]
            if span is None:
                return None
            text = ctx.s[span[0]:span[1]]
            j = i + len(text)
            if j > ctx.end:
                return None
            got = ctx.s[i:j]
            if got == text or (icase and got.lower() == text.lower()):
                return k(ctx, j)
            return None
        return m_backref
    if kind == "cond":
        gid = node[1]
        yes = compile_node(node[2], flags)
        no = compile_node(node[3], flags)

        def m_cond(ctx, i, k):
            if ctx.marks[gid] is not None:
                return yes(ctx, i, k)
            return no(ctx, i, k)
        return m_cond
    raise _parser.error("internal: unknown node %r" % (kind,))


def _chain(parts):
    """Compose matchers in sequence without building closures per call for
    the common two-part case."""
    if len(parts) == 1:
        return parts[0]
    first = parts[0]
    rest = _chain(parts[1:])

    def m_seq(ctx, i, k):
        return first(ctx, i, lambda ctx, j: rest(ctx, j, k))
    return m_seq


def _compile_rep(node, flags):
    inner_node, mn, mx, mode = node[1], node[2], node[3], node[4]
    test = _char_test(inner_node, flags) if inner_node[0] in ("lit", "any", "cat", "set", "flags") else None
    if test is not None:
        def m_rep_char(ctx, i, k):
            s = ctx.s
            limit = ctx.end if mx is None else min(ctx.end, i + mx)
            if mode == "lazy":
                j = i
                while j < i + mn:
                    if j >= limit or not test(s[j]):
                        return None
                    j += 1
                while True:
                    r = k(ctx, j)
                    if r is not None:
                        return r
                    if j >= limit or not test(s[j]):
                        return None
                    j += 1
            j = i
            while j < limit and test(s[j]):
                j += 1
            if j - i < mn:
                return None
            if mode == "possessive":
                return k(ctx, j)
            while j >= i + mn:
                r = k(ctx, j)
                if r is not None:
                    return r
                j -= 1
            return None
        return m_rep_char

    inner = compile_node(inner_node, flags)

    if mode == "possessive":
        def m_rep_poss(ctx, i, k):
            count = 0
            j = i
            while mx is None or count < mx:
                nj = inner(ctx, j, lambda ctx, x: x)
                if nj is None or (nj == j and count >= mn):
                    break
                j = nj
                count += 1
            if count < mn:
                return None
            return k(ctx, j)
        return m_rep_poss

    def m_rep(ctx, i, k):
        def attempt(ctx, j, count):
            if mode == "lazy":
                if count >= mn:
                    r = k(ctx, j)
                    if r is not None:
                        return r
                if mx is not None and count >= mx:
                    return None
                return inner(ctx, j, lambda ctx, nj: None if (nj == j and count >= mn) else attempt(ctx, nj, count + 1))
            if mx is None or count < mx:
                r = inner(ctx, j, lambda ctx, nj: None if (nj == j and count >= mn) else attempt(ctx, nj, count + 1))
                if r is not None:
                    return r
            if count >= mn:
                return k(ctx, j)
            return None
        return attempt(ctx, i, 0)
    return m_rep


class Program:
    """A compiled pattern: the matcher plus group metadata."""

    __slots__ = ("matcher", "groups", "groupindex", "flags", "first_test")

    def __init__(self, tree, groups, groupindex, flags):
        self.matcher = compile_node(tree, flags)
        self.groups = groups
        self.groupindex = groupindex
        self.flags = flags
        self.first_test = _first_char_test(tree, flags)

    def run(self, s, pos, endpos, anchored, full, must_advance=False):
        """Return a _Ctx with marks[0] set on success, else None."""
        if full:
            def k_end(ctx, j):
                return j if j == ctx.end else None
        else:
            def k_end(ctx, j):
                return j
        if must_advance:
            # The previous match was empty and ended at pos: a match that
            # starts at pos must not be empty again.
            base_k = k_end

            def k_end(ctx, j):
                return None if (j == pos and ctx.start == pos) else base_k(ctx, j)
        matcher = self.matcher
        ctx = _Ctx(s, endpos, self.groups)
        if anchored:
            ctx.start = pos
            j = matcher(ctx, pos, k_end)
            if j is None:
                return None
            ctx.marks[0] = (pos, j)
            return ctx
        first = self.first_test
        i = pos
        while i <= endpos:
            if first is not None:
                while i < endpos and not first(s[i]):
                    i += 1
                if i >= endpos and not self._can_match_empty_at_end():
                    return None
            ctx.start = i
            j = matcher(ctx, i, k_end)
            if j is not None:
                ctx.marks[0] = (i, j)
                return ctx
            ctx.marks = [None] * self.groups
            ctx.lastindex = None
            i += 1
        return None

    def _can_match_empty_at_end(self):
        return self.first_test is None


def _first_char_test(tree, flags):
    """A predicate every match must satisfy at its first character, when the
    pattern starts with a plain character test (used to skip ahead)."""
    node = tree
    while True:
        kind = node[0]
        if kind == "seq":
            if not node[1]:
                return None
            node = node[1][0]
            continue
        if kind == "group":
            node = node[2]
            continue
        if kind == "rep":
            if node[2] == 0:
                return None
            node = node[1]
            continue
        if kind == "flags":
            flags = (flags | node[1]) & ~node[2]
            node = node[3]
            continue
        if kind in ("lit", "cat", "set", "any"):
            return _char_test(node, flags)
        return None
