"""ast -- abstract syntax trees of Python source (ftpy).

The node classes come from the `_ast` C module (src/modules/astmodule.c),
which converts the parser's tree; this module adds the helpers of CPython
3.13's `ast`: parse, literal_eval, dump, the walkers and visitors, location
helpers, docstrings, source segments and a Python-level unparser whose output
follows CPython's text rules (parenthesisation by precedence, quote choice,
f-string reconstruction).

Nothing here keeps global mutable state; the unparser's state lives in one
instance per call, so every function is safe to use from several threads.
"""
import sys
from _ast import *

_POS_ATTRS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None, optimize=-1):
    """Parse the source into an AST node (compile(source, filename, mode, PyCF_ONLY_AST))."""
    if mode == 'func_type':
        return _parse_func_type(source, filename)
    flags = PyCF_ONLY_AST
    if optimize > 0:
        flags |= PyCF_OPTIMIZED_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise ValueError(f"Unsupported major version: {major}")
    # compile() attaches type comments (PyCF_TYPE_COMMENTS) and folds
    # constants (PyCF_OPTIMIZED_AST) through the helpers below
    return compile(source, filename, mode, flags, optimize=optimize)


def _attach_type_comments(tree, source, filename):
    """Fill type_comment fields and Module.type_ignores from '# type:' comments.

    ftpy's parser drops comments, so the token stream is matched against the
    tree: a type comment may follow a simple assignment, the ':' of a for /
    with / def header (or stand alone on the line after a def header), or a
    parameter; anywhere else it is a SyntaxError, as in CPython."""
    import io
    import tokenize as _tk
    if isinstance(source, (bytes, bytearray)):
        encoding, _ = _tk.detect_encoding(io.BytesIO(source).readline)
        source = bytes(source).decode('utf-8' if encoding == 'utf-8-sig' else encoding)
        if source.startswith('\ufeff'):
            source = source[1:]
    lines = source.splitlines(keepends=True)
    toks = [t for t in _tk.generate_tokens(io.StringIO(source).readline)
            if t.type not in (_tk.ENCODING,)]
    pending = {}                              # position -> comment text
    order = []
    for i, t in enumerate(toks):
        if t.type != _tk.COMMENT:
            continue
        body = t.string[1:].lstrip()
        if not body.startswith('type:'):
            continue
        text = body[5:].lstrip()
        if text.startswith('ignore') and not (text[6:7].isalnum() or text[6:7] == '_'):
            if isinstance(tree, Module):
                tree.type_ignores.append(TypeIgnore(lineno=t.start[0], tag=text[6:]))
            continue
        pending[t.start] = (i, text)
        order.append(t.start)
    if not pending:
        return
    index = {t.start: i for i, t in enumerate(toks)}

    def char_pos(line, byte_col):
        text = lines[line - 1] if 0 < line <= len(lines) else ''
        return line, len(text.encode('utf-8')[:byte_col].decode('utf-8', 'replace'))

    def next_significant(i):
        i += 1
        while i < len(toks) and toks[i].type in (_tk.NL,):
            i += 1
        return i

    def token_after(line, byte_col):
        # index of the first token starting at or after the position
        pos = char_pos(line, byte_col)
        for i, t in enumerate(toks):
            if t.start >= pos:
                return i
        return len(toks)

    def take(i):
        if 0 <= i < len(toks) and toks[i].type == _tk.COMMENT and toks[i].start in pending:
            return pending.pop(toks[i].start)[1]
        return None

    def header_colon(node):
        # the ':' closing a compound statement's header: the last one before the body
        first = node.body[0]
        end = char_pos(first.lineno, first.col_offset)
        start = char_pos(node.lineno, node.col_offset)
        colon = None
        for i, t in enumerate(toks):
            if t.start >= end:
                break
            if t.start >= start and t.type == _tk.OP and t.string == ':':
                colon = i
        return colon

    for node in walk(tree):
        if isinstance(node, Assign):
            comment = take(token_after(node.end_lineno, node.end_col_offset))
            if comment is not None:
                node.type_comment = comment
        elif isinstance(node, (For, AsyncFor, With, AsyncWith, FunctionDef, AsyncFunctionDef)):
            colon = header_colon(node)
            if colon is None:
                continue
            comment = take(colon + 1)
            if comment is None and isinstance(node, (FunctionDef, AsyncFunctionDef)):
                # a comment line of its own right after the header
                j = colon + 1
                if j < len(toks) and toks[j].type == _tk.NEWLINE:
                    j += 1
                    if j < len(toks) and toks[j].type == _tk.COMMENT:
                        k = next_significant(j)
                        if k < len(toks) and toks[k].type == _tk.INDENT:
                            comment = take(j)
            if comment is not None:
                node.type_comment = comment
            if isinstance(node, (FunctionDef, AsyncFunctionDef)):
                a = node.args
                positional = a.posonlyargs + a.args
                defaults = [None] * (len(positional) - len(a.defaults)) + a.defaults
                params = list(zip(positional, defaults))
                if a.vararg:
                    params.append((a.vararg, None))
                params += list(zip(a.kwonlyargs, a.kw_defaults))
                if a.kwarg:
                    params.append((a.kwarg, None))
                for param, default in params:
                    last = default or param
                    j = token_after(last.end_lineno, last.end_col_offset)
                    while j < len(toks) and toks[j].type == _tk.NL:
                        j += 1
                    if j < len(toks) and toks[j].type == _tk.OP and toks[j].string == ',':
                        j += 1
                    comment = take(j)
                    if comment is not None:
                        param.type_comment = comment
    if pending:
        row, col = min(pending)
        text = lines[row - 1] if row <= len(lines) else ''
        raise SyntaxError('invalid syntax', (filename, row, col + 1, text))


def _optimize_tree(tree, level):
    # called by compile() for PyCF_OPTIMIZED_AST
    return _ConstantFolder(level).visit(tree)


def _parse_func_type(source, filename='<unknown>'):
    """A FunctionType tree for a signature type comment "(A, *B, **C) -> R".

    ftpy's parser has no func_type start rule: the token stream locates the
    parenthesised argument list and the return expression, and each is parsed
    as an expression from a copy of the source with everything else blanked
    out, so that positions stay those of the original text."""
    import io
    import tokenize as _tk
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode('utf-8')

    def fail(tok, msg='invalid syntax'):
        row, col = tok.start if tok is not None else (1, 0)
        line = source.splitlines()[row - 1] if source.splitlines() else ''
        raise SyntaxError(msg, (filename, row, col + 1, line + '\n' if line else line))

    try:
        toks = [t for t in _tk.generate_tokens(io.StringIO(source).readline)
                if t.type not in (_tk.COMMENT, _tk.ENCODING)]
    except _tk.TokenError as e:
        raise SyntaxError(e.args[0], (filename, e.args[1][0], e.args[1][1], ''))
    if toks and toks[0].type == _tk.INDENT:
        raise IndentationError('unexpected indent', (filename, 1, toks[0].end[1] + 1, source.split('\n')[0]))
    if not toks or toks[0].string != '(':
        fail(toks[0] if toks else None)
    depth = 0
    close = None
    for i, t in enumerate(toks):
        if t.type == _tk.OP and t.string in '([{':
            depth += 1
        elif t.type == _tk.OP and t.string in ')]}':
            depth -= 1
            if depth == 0:
                close = i
                break
    if close is None or close + 1 >= len(toks) or toks[close + 1].string != '->':
        fail(toks[close + 1] if close is not None and close + 1 < len(toks) else toks[-1])
    arrow = toks[close + 1]
    rest = toks[close + 2:]
    body = [t for t in rest if t.type not in (_tk.NEWLINE, _tk.NL, _tk.ENDMARKER, _tk.DEDENT)]
    if not body:
        fail(arrow, 'invalid syntax')
    if arrow.start[0] != toks[close].end[0]:
        fail(toks[close])
    lines = source.splitlines(keepends=True) or ['']

    def masked(keep_from, keep_to, replace):
        """The source with only [keep_from, keep_to) kept; `replace` maps
        positions to substitute characters."""
        out = []
        for r, line in enumerate(lines, 1):
            chars = []
            for c, ch in enumerate(line):
                pos = (r, c)
                if ch in '\r\n':
                    chars.append(ch)
                elif pos in replace:
                    chars.append(replace[pos])
                elif keep_from <= pos < keep_to:
                    chars.append(ch)
                else:
                    chars.append(' ')
            out.append(''.join(chars))
        return ''.join(out)

    # argument list: plain expressions, then optionally *expr, then **expr
    inner = toks[1:close]
    kinds = []
    replace = {toks[0].start: '[', toks[close].start: ']'}
    depth = 0
    expect_item = True
    for t in inner:
        if t.type in (_tk.NL, _tk.NEWLINE):
            continue
        if depth == 0 and t.string == ',':
            if expect_item:
                fail(t)
            expect_item = True
            continue
        if depth == 0 and expect_item:
            if t.string in ('*', '**'):
                kinds.append(t.string)
                for k in range(len(t.string)):
                    replace[(t.start[0], t.start[1] + k)] = ' '
                expect_item = False
                continue
            kinds.append('')
            expect_item = False
        if t.type == _tk.OP and t.string in '([{':
            depth += 1
        elif t.type == _tk.OP and t.string in ')]}':
            depth -= 1
    if kinds and expect_item:
        fail(toks[close])
    order = ''.join({'': 'a', '*': 'b', '**': 'c'}[k] for k in kinds)
    import re as _re
    if not _re.fullmatch('a*b?c?', order):
        bad = [t for t in inner if t.string in ('*', '**')]
        fail(bad[-1] if bad else toks[close])
    args_src = masked(toks[0].start, toks[close].end, replace)
    arg_list = parse(args_src, filename, 'eval').body   # same positions: its errors stand
    # return expression: one expression, no top-level comma
    depth = 0
    for t in body:
        if t.type == _tk.OP and t.string in '([{':
            depth += 1
        elif t.type == _tk.OP and t.string in ')]}':
            depth -= 1
        elif depth == 0 and t.string == ',':
            fail(t)
    start, end = body[0].start, body[-1].end
    # the argument list's '(' (always at 1,0) opens a group that lets the
    # expression keep its original line and column
    ret_src = masked(start, end, {(1, 0): '('}) + '\n)'
    try:
        returns = parse(ret_src, filename, 'eval').body
    except SyntaxError as e:
        fail(body[0])
    return FunctionType(argtypes=list(arg_list.elts), returns=returns)


def literal_eval(node_or_string):
    """Evaluate a node or string holding only a Python literal (strings, bytes,
    numbers, tuples, lists, dicts, sets, booleans, None)."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(" \t"), mode='eval')
    if isinstance(node, Expression):
        node = node.body

    def malformed(n):
        where = ''
        line = getattr(n, 'lineno', None)
        if line:
            where = f' on line {line}'
        raise ValueError(f'malformed node or string{where}: {n!r}')

    def number(n):
        if isinstance(n, Constant) and type(n.value) in (int, float, complex):
            return n.value
        malformed(n)

    def signed(n):
        if isinstance(n, UnaryOp) and isinstance(n.op, (UAdd, USub)):
            v = number(n.operand)
            return +v if isinstance(n.op, UAdd) else -v
        return number(n)

    def conv(n):
        if isinstance(n, Constant):
            return n.value
        if isinstance(n, Tuple):
            return tuple([conv(e) for e in n.elts])
        if isinstance(n, List):
            return [conv(e) for e in n.elts]
        if isinstance(n, Set):
            return set([conv(e) for e in n.elts])
        if (isinstance(n, Call) and isinstance(n.func, Name) and n.func.id == 'set'
                and n.args == [] and n.keywords == []):
            return set()
        if isinstance(n, Dict):
            if len(n.keys) != len(n.values):
                malformed(n)
            keys = [conv(k) for k in n.keys]
            values = [conv(v) for v in n.values]
            return dict(zip(keys, values))
        if isinstance(n, BinOp) and isinstance(n.op, (Add, Sub)):
            left = signed(n.left)
            right = number(n.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(n.op, Add) else left - right
        return signed(n)

    return conv(node)


def dump(node, annotate_fields=True, include_attributes=False, *,
         indent=None, show_empty=False):
    """Formatted dump of the tree in node (for debugging)."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(value, depth):
        # returns (text, simple); simple means "fits on a line by itself"
        if indent is not None:
            depth += 1
            open_ = '\n' + indent * depth
            joiner = ',\n' + indent * depth
        else:
            open_ = ''
            joiner = ', '
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            pending = []          # omitted empties, needed if a later field is positional
            simple_all = True
            named = annotate_fields
            for name in value._fields:
                try:
                    v = getattr(value, name)
                except AttributeError:
                    named = True
                    continue
                if v is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                if (not show_empty and (v is None or v == [])
                        and not isinstance(value, (Constant, MatchSingleton))):
                    pending.append(repr(v))
                    continue
                if not named:
                    parts.extend(pending)
                    pending = []
                text, simple = fmt(v, depth)
                simple_all = simple_all and simple
                parts.append(f'{name}={text}' if named else text)
            if include_attributes and value._attributes:
                for name in value._attributes:
                    try:
                        v = getattr(value, name)
                    except AttributeError:
                        continue
                    if v is None and getattr(cls, name, ...) is None:
                        continue
                    text, simple = fmt(v, depth)
                    simple_all = simple_all and simple
                    parts.append(f'{name}={text}')
            cname = value.__class__.__name__
            if simple_all and len(parts) <= 3:
                return f"{cname}({', '.join(parts)})", not parts
            return f'{cname}({open_}{joiner.join(parts)})', False
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[' + open_ + joiner.join([fmt(x, depth)[0] for x in value]) + ']', False
        return repr(value), True

    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy lineno, col_offset, end_lineno and end_col_offset from old_node to new_node."""
    for attr in _POS_ATTRS:
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (attr.startswith('end_') and hasattr(old_node, attr)):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node lacking positions those of its parent (recursively)."""
    stack = [(node, 1, 0, 1, 0)]
    while stack:
        n, line, col, eline, ecol = stack.pop()
        attrs = n._attributes
        if 'lineno' in attrs:
            if hasattr(n, 'lineno'):
                line = n.lineno
            else:
                n.lineno = line
        if 'end_lineno' in attrs:
            if getattr(n, 'end_lineno', None) is None:
                n.end_lineno = eline
            else:
                eline = n.end_lineno
        if 'col_offset' in attrs:
            if hasattr(n, 'col_offset'):
                col = n.col_offset
            else:
                n.col_offset = col
        if 'end_col_offset' in attrs:
            if getattr(n, 'end_col_offset', None) is None:
                n.end_col_offset = ecol
            else:
                ecol = n.end_col_offset
        children = list(iter_child_nodes(n))
        for child in reversed(children):
            stack.append((child, line, col, eline, ecol))
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of every node in the tree."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            value = getattr(node, name)
        except AttributeError:
            continue
        yield name, value


def iter_child_nodes(node):
    """Yield the direct child nodes of node."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not node.body or not isinstance(node.body[0], Expr):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _splitlines_no_ff(source, maxlines=None):
    """Split like the tokenizer: at \\r\\n, \\n and \\r only, keeping the ends."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            if c == '\r' and i + 1 < n and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
            if maxlines is not None and len(lines) >= maxlines:
                return lines
        i += 1
    # the text after the last line end is a line too (possibly empty)
    lines.append(source[start:])
    if maxlines is not None:
        del lines[maxlines:]
    return lines


def _pad_whitespace(source):
    """Every character but \\f and \\t replaced by a space."""
    return ''.join([c if c in '\f\t' else ' ' for c in source])


def get_source_segment(source, node, *, padded=False):
    """The source text that generated node, or None without full positions."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first = node.lineno - 1
        last = node.end_lineno - 1
        col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source, maxlines=last + 1)
    if first == last:
        return lines[first].encode()[col:end_col].decode()
    pad = ''
    if padded:
        pad = _pad_whitespace(lines[first].encode()[:col].decode())
    head = pad + lines[first].encode()[col:].decode()
    tail = lines[last].encode()[:end_col].decode()
    return ''.join([head] + lines[first + 1:last] + [tail])


def walk(node):
    """Yield node and all its descendants (breadth first)."""
    from collections import deque
    queue = deque([node])
    while queue:
        n = queue.popleft()
        queue.extend(iter_child_nodes(n))
        yield n


class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName> for each node (generic_visit by default)."""

    def visit(self, node):
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        # visitors written for the pre-3.8 node classes (visit_Num, visit_Str,
        # ...) still see constants, with a DeprecationWarning
        kind = _LEGACY_CONSTANT_VISIT.get(type(node.value))
        if kind is None:
            for cls, name in _LEGACY_CONSTANT_VISIT.items():
                if isinstance(node.value, cls):
                    kind = name
                    break
        if kind is not None:
            method = getattr(self, 'visit_' + kind, None)
            if method is not None:
                import warnings
                warnings.warn(f"visit_{kind} is deprecated; add visit_Constant",
                              DeprecationWarning, 2)
                return method(node)
        return self.generic_visit(node)


_LEGACY_CONSTANT_VISIT = {bool: 'NameConstant', type(None): 'NameConstant', int: 'Num',
                          float: 'Num', complex: 'Num', str: 'Str', bytes: 'Bytes',
                          type(...): 'Ellipsis'}


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods' results replace the visited nodes
    (None removes the node; a list is spliced into list fields)."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                replaced = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            replaced.extend(item)
                            continue
                    replaced.append(item)
                old[:] = replaced
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node


# ---- the optimized AST (optimize > 0) ---------------------------------------------------------
# CPython folds constant expressions in the tree within size limits, so that
# folding never builds huge objects; the same limits apply here.
_MAX_INT_BITS = 128
_MAX_COLLECTION = 256
_MAX_STR = 4096
_MAX_ITEMS = 1024


def _items_within(obj, limit):
    # total number of items of nested tuples/frozensets stays within limit
    stack = [obj]
    while stack:
        o = stack.pop()
        if isinstance(o, (tuple, frozenset)):
            limit -= len(o)
            if limit < 0:
                return False
            stack.extend(o)
    return True


def _fold_mult(v, w):
    if isinstance(w, int) and isinstance(v, (str, bytes, tuple, frozenset)):
        v, w = w, v
    if isinstance(v, int) and isinstance(w, int):
        if v and w and v.bit_length() + w.bit_length() > _MAX_INT_BITS:
            raise OverflowError
    elif isinstance(v, int) and isinstance(w, (tuple, frozenset)):
        if w:
            if v < 0 or v > _MAX_COLLECTION // len(w):
                raise OverflowError
            if v and not _items_within(w, _MAX_ITEMS // v):
                raise OverflowError
    elif isinstance(v, int) and isinstance(w, (str, bytes)):
        if w and (v < 0 or v > _MAX_STR // len(w)):
            raise OverflowError
    return v * w


def _fold_pow(v, w):
    if isinstance(v, int) and isinstance(w, int) and v and w > 0:
        vb = v.bit_length()
        if vb > _MAX_INT_BITS or w > _MAX_INT_BITS or vb * w > _MAX_INT_BITS:
            raise OverflowError
    return v ** w


def _fold_lshift(v, w):
    if isinstance(v, int) and isinstance(w, int) and v and w:
        if w < 0 or w > _MAX_INT_BITS or v.bit_length() > _MAX_INT_BITS - w:
            raise OverflowError
    return v << w


def _fold_mod(v, w):
    if isinstance(v, (str, bytes)):
        raise OverflowError      # %-formatting is left to run time
    return v % w


_FOLD_BINOP = {
    Add: lambda a, b: a + b, Sub: lambda a, b: a - b, Mult: _fold_mult, Div: lambda a, b: a / b,
    FloorDiv: lambda a, b: a // b, Mod: _fold_mod, Pow: _fold_pow, LShift: _fold_lshift,
    RShift: lambda a, b: a >> b, BitOr: lambda a, b: a | b, BitXor: lambda a, b: a ^ b,
    BitAnd: lambda a, b: a & b,
}
_FOLD_UNARY = {USub: lambda a: -a, UAdd: lambda a: +a, Invert: lambda a: ~a, Not: lambda a: not a}


_NEGATED_CMP = {Is: IsNot, IsNot: Is, In: NotIn, NotIn: In}


def _percent_pieces(fmt):
    """'%'-format text as literal strings and (conversion, format spec)
    pairs, or None unless it uses only %s/%r/%a with flags, width, precision."""
    pieces = []
    text = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%':
            text.append(c)
            continue
        if i < n and fmt[i] == '%':
            text.append('%')
            i += 1
            continue
        left = False
        while i < n and fmt[i] in '-+ #0':
            left = left or fmt[i] == '-'
            i += 1
        start = i
        while i < n and '0' <= fmt[i] <= '9':
            i += 1
        width = fmt[start:i]
        precision = None
        if i < n and fmt[i] == '.':
            i += 1
            start = i
            while i < n and '0' <= fmt[i] <= '9':
                i += 1
            precision = fmt[start:i] or '0'
        if i >= n or fmt[i] not in 'sra':
            return None
        spec = (width if left else '>' + width) if width else ''
        if precision is not None:
            spec += '.' + precision
        if text:
            pieces.append(''.join(text))
            text = []
        pieces.append((fmt[i], spec))
        i += 1
    if text:
        pieces.append(''.join(text))
    return pieces


def _percent_to_fstring(node):
    # "%s and %r" % (a, b) -> f"{a!s} and {b!r}" when the tuple matches the format
    args = node.right.elts
    pieces = _percent_pieces(node.left.value)
    if (pieces is None or any(isinstance(a, Starred) for a in args)
            or sum(1 for p in pieces if isinstance(p, tuple)) != len(args)):
        return node
    nowhere = dict(lineno=-1, col_offset=-1, end_lineno=-1, end_col_offset=-1)
    values = []
    it = iter(args)
    for p in pieces:
        if isinstance(p, str):
            values.append(Constant(value=p, **nowhere))
            continue
        arg = next(it)
        spec = Constant(value=p[1], **nowhere) if p[1] else None
        values.append(copy_location(FormattedValue(value=arg, conversion=ord(p[0]), format_spec=spec), arg))
    return copy_location(JoinedStr(values=values), node)


class _ConstantFolder(NodeTransformer):
    def __init__(self, level):
        self.level = level

    @staticmethod
    def const(value, like):
        return copy_location(Constant(value=value), like)

    def visit_Expr(self, node):
        was_constant = isinstance(node.value, Constant)
        self.generic_visit(node)
        if not was_constant and isinstance(node.value, Constant) and isinstance(node.value.value, str):
            # a statement folded into a string is kept inside a JoinedStr so
            # that it cannot turn into a docstring (CPython 3.13 does the same)
            node.value = copy_location(JoinedStr(values=[node.value]), node.value)
        return node

    def visit_Name(self, node):
        if node.id == '__debug__' and isinstance(node.ctx, Load):
            return self.const(self.level == 0, node)
        return node

    def visit_UnaryOp(self, node):
        self.generic_visit(node)
        operand = node.operand
        if (isinstance(node.op, Not) and isinstance(operand, Compare) and len(operand.ops) == 1
                and type(operand.ops[0]) in _NEGATED_CMP):
            # not (a is b) -> a is not b; not (a in b) -> a not in b
            operand.ops = [_NEGATED_CMP[type(operand.ops[0])]()]
            return operand
        if isinstance(node.operand, Constant):
            import warnings
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter('ignore')
                    value = _FOLD_UNARY[type(node.op)](node.operand.value)
            except Exception:
                return node
            return self.const(value, node)
        return node

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if (isinstance(node.op, Mod) and isinstance(node.left, Constant)
                and isinstance(node.left.value, str) and isinstance(node.right, Tuple)):
            return _percent_to_fstring(node)
        if isinstance(node.left, Constant) and isinstance(node.right, Constant):
            fold = _FOLD_BINOP.get(type(node.op))
            if fold is None:
                return node
            try:
                value = fold(node.left.value, node.right.value)
            except Exception:
                return node
            return self.const(value, node)
        return node

    def visit_Tuple(self, node):
        self.generic_visit(node)
        if isinstance(node.ctx, Load) and all(isinstance(e, Constant) for e in node.elts):
            return self.const(tuple(e.value for e in node.elts), node)
        return node

    def visit_Subscript(self, node):
        self.generic_visit(node)
        if (isinstance(node.ctx, Load) and isinstance(node.value, Constant)
                and isinstance(node.slice, Constant)):
            try:
                value = node.value.value[node.slice.value]
            except Exception:
                return node
            return self.const(value, node)
        return node

    def _fold_iterable(self, node):
        # an iterated list becomes a tuple; a set of constants a frozenset
        if isinstance(node, List):
            node = self.visit_Tuple(copy_location(Tuple(elts=node.elts, ctx=Load()), node))
        elif isinstance(node, Set) and all(isinstance(e, Constant) for e in node.elts):
            node = self.const(frozenset(e.value for e in node.elts), node)
        return node

    def visit_Compare(self, node):
        self.generic_visit(node)
        if node.ops and isinstance(node.ops[-1], (In, NotIn)):
            node.comparators[-1] = self._fold_iterable(node.comparators[-1])
        return node

    def visit_For(self, node):
        self.generic_visit(node)
        node.iter = self._fold_iterable(node.iter)
        return node

    # (an async for's iterable is left alone, as CPython does)

    def visit_comprehension(self, node):
        self.generic_visit(node)
        node.iter = self._fold_iterable(node.iter)
        return node


# ---- unparse -------------------------------------------------------------------------------

# Context precedences, lowest binding first (a node is parenthesised when the
# precedence its parent requires is higher than its own).
_P_NAMED_EXPR = 1
_P_TUPLE = 2
_P_YIELD = 3
_P_TEST = 4
_P_OR = 5
_P_AND = 6
_P_NOT = 7
_P_CMP = 8
_P_EXPR = 9
_P_BOR = 9
_P_BXOR = 10
_P_BAND = 11
_P_SHIFT = 12
_P_ARITH = 13
_P_TERM = 14
_P_FACTOR = 15
_P_POWER = 16
_P_AWAIT = 17
_P_ATOM = 18


def _above(p):
    return p + 1 if p < _P_ATOM else p


_INFSTR = "1e" + repr(sys.float_info.max_10_exp + 1)
_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = _SINGLE_QUOTES + _MULTI_QUOTES

_BINOPS = {
    'Add': ('+', _P_ARITH), 'Sub': ('-', _P_ARITH), 'Mult': ('*', _P_TERM),
    'MatMult': ('@', _P_TERM), 'Div': ('/', _P_TERM), 'Mod': ('%', _P_TERM),
    'LShift': ('<<', _P_SHIFT), 'RShift': ('>>', _P_SHIFT), 'BitOr': ('|', _P_BOR),
    'BitXor': ('^', _P_BXOR), 'BitAnd': ('&', _P_BAND), 'FloorDiv': ('//', _P_TERM),
    'Pow': ('**', _P_POWER),
}
_UNOPS = {'Invert': ('~', _P_FACTOR), 'Not': ('not', _P_NOT),
          'UAdd': ('+', _P_FACTOR), 'USub': ('-', _P_FACTOR)}
_CMPOPS = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
           'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}


def _quote_string(text, quotes=_ALL_QUOTES, escape_ws=False):
    """Body of a string literal for text and the quotes it may use, preferring
    a quote that needs no escaping."""
    out = []
    for ch in text:
        if ch in '\n\t' and not escape_ws:
            out.append(ch)
        elif ch == '\\' or not ch.isprintable():
            out.append(ch.encode('unicode_escape').decode('ascii'))
        else:
            out.append(ch)
    body = ''.join(out)
    usable = list(quotes)
    if '\n' in body:
        usable = [q for q in usable if len(q) == 3]
    usable = [q for q in usable if q not in body]
    if not usable:
        r = repr(text)
        for q in quotes:
            if r[0] in q:
                return r[1:-1], [q]
        return r[1:-1], [r[0]]
    if body:
        last = body[-1]
        usable.sort(key=lambda q: q[0] == last)
        if usable[0][0] == last:
            body = body[:-1] + '\\' + last
    return body, usable


class _Unparser:
    """Turns a tree back into source text. Expressions are rendered by
    expr(node, context_precedence) -> str; statements append lines."""

    def __init__(self):
        self.lines = []        # finished output pieces
        self.level = 0
        self.in_try_star = False
        self.type_ignores = {}

    # -- statements --------------------------------------------------------------------
    def emit(self, text):
        self.lines.append('    ' * self.level + text)

    def blank(self):
        if self.lines:
            self.lines.append('')

    def body(self, stmts):
        self.level += 1
        self.stmts(stmts)
        self.level -= 1

    def stmts(self, stmts):
        for s in stmts:
            self.stmt(s)

    def stmt(self, node):
        method = getattr(self, 's_' + node.__class__.__name__, None)
        if method is None:
            raise ValueError(f"Unexpected node in statement position: {node!r}")
        method(node)

    def type_comment(self, node):
        c = self.type_ignores.get(getattr(node, 'lineno', None)) or getattr(node, 'type_comment', None)
        return f" # type: {c}" if c is not None else ''

    def docstring_node(self, node):
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) or not node.body:
            return None
        first = node.body[0]
        if isinstance(first, Expr) and isinstance(first.value, Constant) \
                and isinstance(first.value.value, str):
            return first.value
        return None

    def doc_and_body(self, node):
        doc = self.docstring_node(node)
        if doc:
            body, quotes = _quote_string(doc.value, _MULTI_QUOTES)
            prefix = 'u' if doc.kind == 'u' else ''
            self.emit(f'{prefix}{quotes[0]}{body}{quotes[0]}')
            self.stmts(node.body[1:])
        else:
            self.stmts(node.body)

    def s_Module(self, node):
        self.type_ignores = {t.lineno: f"ignore{t.tag}" for t in node.type_ignores}
        self.doc_and_body(node)
        self.type_ignores = {}

    def s_Interactive(self, node):
        self.stmts(node.body)

    def s_Expression(self, node):
        self.lines.append(self.expr(node.body))

    def s_FunctionType(self, node):
        args = ', '.join([self.expr(a) for a in node.argtypes])
        self.lines.append(f'({args}) -> {self.expr(node.returns)}')

    def s_Expr(self, node):
        self.emit(self.expr(node.value, _P_YIELD))

    def s_Import(self, node):
        self.emit('import ' + ', '.join([self.alias(a) for a in node.names]))

    def s_ImportFrom(self, node):
        mod = '.' * (node.level or 0) + (node.module or '')
        self.emit(f"from {mod} import " + ', '.join([self.alias(a) for a in node.names]))

    def alias(self, a):
        return a.name + (' as ' + a.asname if a.asname else '')

    def s_Assign(self, node):
        parts = [self.expr(t, _P_TUPLE) + ' = ' for t in node.targets]
        self.emit(''.join(parts) + self.expr(node.value) + self.type_comment(node))

    def s_AugAssign(self, node):
        op = _BINOPS[node.op.__class__.__name__][0]
        self.emit(f"{self.expr(node.target)} {op}= {self.expr(node.value)}")

    def s_AnnAssign(self, node):
        target = self.expr(node.target)
        if not node.simple and isinstance(node.target, Name):
            target = f'({target})'
        text = f"{target}: {self.expr(node.annotation)}"
        if node.value:
            text += ' = ' + self.expr(node.value)
        self.emit(text)

    def s_Return(self, node):
        self.emit('return' + (' ' + self.expr(node.value) if node.value else ''))

    def s_Pass(self, node):
        self.emit('pass')

    def s_Break(self, node):
        self.emit('break')

    def s_Continue(self, node):
        self.emit('continue')

    def s_Delete(self, node):
        self.emit('del ' + ', '.join([self.expr(t) for t in node.targets]))

    def s_Assert(self, node):
        text = 'assert ' + self.expr(node.test)
        if node.msg:
            text += ', ' + self.expr(node.msg)
        self.emit(text)

    def s_Global(self, node):
        self.emit('global ' + ', '.join(node.names))

    def s_Nonlocal(self, node):
        self.emit('nonlocal ' + ', '.join(node.names))

    def s_Raise(self, node):
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            self.emit('raise')
            return
        text = 'raise ' + self.expr(node.exc)
        if node.cause:
            text += ' from ' + self.expr(node.cause)
        self.emit(text)

    def try_common(self, node, star):
        saved = self.in_try_star
        self.in_try_star = star
        try:
            self.emit('try:')
            self.body(node.body)
            for h in node.handlers:
                self.stmt(h)
            if node.orelse:
                self.emit('else:')
                self.body(node.orelse)
            if node.finalbody:
                self.emit('finally:')
                self.body(node.finalbody)
        finally:
            self.in_try_star = saved

    def s_Try(self, node):
        self.try_common(node, False)

    def s_TryStar(self, node):
        self.try_common(node, True)

    def s_ExceptHandler(self, node):
        text = 'except*' if self.in_try_star else 'except'
        if node.type:
            text += ' ' + self.expr(node.type)
        if node.name:
            text += ' as ' + node.name
        self.emit(text + ':')
        self.body(node.body)

    def decorators(self, node):
        self.blank()
        for d in node.decorator_list:
            self.emit('@' + self.expr(d))

    def type_params(self, params):
        if params:
            return '[' + ', '.join([self.type_param(p) for p in params]) + ']'
        return ''

    def type_param(self, p):
        if isinstance(p, TypeVar):
            text = p.name
            if p.bound:
                text += ': ' + self.expr(p.bound)
        elif isinstance(p, TypeVarTuple):
            text = '*' + p.name
        else:
            text = '**' + p.name
        if p.default_value:
            text += ' = ' + self.expr(p.default_value)
        return text

    def s_ClassDef(self, node):
        self.decorators(node)
        text = 'class ' + node.name + self.type_params(getattr(node, 'type_params', None))
        args = [self.expr(b) for b in node.bases] + [self.keyword(k) for k in node.keywords]
        if args:
            text += '(' + ', '.join(args) + ')'
        self.emit(text + ':')
        self.level += 1
        self.doc_and_body(node)
        self.level -= 1

    def function(self, node, kw):
        self.decorators(node)
        text = f"{kw} {node.name}" + self.type_params(getattr(node, 'type_params', None))
        text += '(' + self.arguments(node.args) + ')'
        if node.returns:
            text += ' -> ' + self.expr(node.returns)
        self.emit(text + ':' + self.type_comment(node))
        self.level += 1
        self.doc_and_body(node)
        self.level -= 1

    def s_FunctionDef(self, node):
        self.function(node, 'def')

    def s_AsyncFunctionDef(self, node):
        self.function(node, 'async def')

    def s_TypeAlias(self, node):
        self.emit(f"type {self.expr(node.name)}{self.type_params(node.type_params)} = {self.expr(node.value)}")

    def loop_for(self, node, kw):
        self.emit(f"{kw} {self.expr(node.target, _P_TUPLE)} in {self.expr(node.iter)}:"
                  + self.type_comment(node))
        self.body(node.body)
        if node.orelse:
            self.emit('else:')
            self.body(node.orelse)

    def s_For(self, node):
        self.loop_for(node, 'for')

    def s_AsyncFor(self, node):
        self.loop_for(node, 'async for')

    def s_If(self, node):
        self.emit(f"if {self.expr(node.test)}:")
        self.body(node.body)
        while len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.emit(f"elif {self.expr(node.test)}:")
            self.body(node.body)
        if node.orelse:
            self.emit('else:')
            self.body(node.orelse)

    def s_While(self, node):
        self.emit(f"while {self.expr(node.test)}:")
        self.body(node.body)
        if node.orelse:
            self.emit('else:')
            self.body(node.orelse)

    def withitem(self, item):
        text = self.expr(item.context_expr)
        if item.optional_vars:
            text += ' as ' + self.expr(item.optional_vars)
        return text

    def s_With(self, node):
        self.emit('with ' + ', '.join([self.withitem(i) for i in node.items]) + ':'
                  + self.type_comment(node))
        self.body(node.body)

    def s_AsyncWith(self, node):
        self.emit('async with ' + ', '.join([self.withitem(i) for i in node.items]) + ':'
                  + self.type_comment(node))
        self.body(node.body)

    def s_Match(self, node):
        self.emit(f"match {self.expr(node.subject)}:")
        self.level += 1
        for case in node.cases:
            self.s_match_case(case)
        self.level -= 1

    def s_match_case(self, node):
        text = 'case ' + self.pattern(node.pattern)
        if node.guard:
            text += ' if ' + self.expr(node.guard)
        self.emit(text + ':')
        self.body(node.body)

    # -- arguments -----------------------------------------------------------------------
    def arg(self, a):
        if a.annotation:
            return f"{a.arg}: {self.expr(a.annotation)}"
        return a.arg

    def keyword(self, k):
        if k.arg is None:
            return '**' + self.expr(k.value)
        return f"{k.arg}={self.expr(k.value)}"

    def arguments(self, args):
        parts = []
        positional = args.posonlyargs + args.args
        defaults = [None] * (len(positional) - len(args.defaults)) + args.defaults
        for i, (a, d) in enumerate(zip(positional, defaults), 1):
            text = self.arg(a)
            if d:
                text += '=' + self.expr(d)
            if i == len(args.posonlyargs):
                text += ', /'
            parts.append(text)
        if args.vararg or args.kwonlyargs:
            star = '*'
            if args.vararg:
                star += self.arg(args.vararg)
            parts.append(star)
        for a, d in zip(args.kwonlyargs, args.kw_defaults):
            text = self.arg(a)
            if d:
                text += '=' + self.expr(d)
            parts.append(text)
        if args.kwarg:
            parts.append('**' + self.arg(args.kwarg))
        return ', '.join(parts)

    # -- expressions -----------------------------------------------------------------------
    def expr(self, node, prec=_P_TEST):
        method = getattr(self, 'e_' + node.__class__.__name__, None)
        if method is None:
            if isinstance(node, stmt) or isinstance(node, mod):
                sub = _Unparser()
                sub.stmt(node)
                return '\n'.join(sub.lines)
            raise ValueError(f"Unexpected node: {node!r}")
        return method(node, prec)

    @staticmethod
    def paren(text, need):
        return f'({text})' if need else text

    def e_NamedExpr(self, node, prec):
        text = f"{self.expr(node.target, _P_ATOM)} := {self.expr(node.value, _P_ATOM)}"
        return self.paren(text, prec > _P_NAMED_EXPR)

    def e_Await(self, node, prec):
        text = 'await'
        if node.value:
            text += ' ' + self.expr(node.value, _P_ATOM)
        return self.paren(text, prec > _P_AWAIT)

    def e_Yield(self, node, prec):
        text = 'yield'
        if node.value:
            text += ' ' + self.expr(node.value, _P_ATOM)
        return self.paren(text, prec > _P_YIELD)

    def e_YieldFrom(self, node, prec):
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        return self.paren('yield from ' + self.expr(node.value, _P_ATOM), prec > _P_YIELD)

    def e_Name(self, node, prec):
        return node.id

    def constant(self, value):
        if isinstance(value, (float, complex)):
            return repr(value).replace('inf', _INFSTR).replace('nan', f'({_INFSTR}-{_INFSTR})')
        return repr(value)

    def e_Constant(self, node, prec):
        value = node.value
        if isinstance(value, tuple):
            items = [self.constant(v) for v in value]
            if len(items) == 1:
                return '(' + items[0] + ',)'
            return '(' + ', '.join(items) + ')'
        if value is ...:
            return '...'
        return ('u' if node.kind == 'u' else '') + self.constant(value)

    def seq(self, elts, prec=_P_TEST):
        texts = [self.expr(e, prec) for e in elts]
        if len(texts) == 1:
            return texts[0] + ','
        return ', '.join(texts)

    def e_List(self, node, prec):
        return '[' + ', '.join([self.expr(e) for e in node.elts]) + ']'

    def e_Tuple(self, node, prec):
        return self.paren(self.seq(node.elts), not node.elts or prec > _P_TUPLE)

    def e_Set(self, node, prec):
        if not node.elts:
            return '{*()}'
        return '{' + ', '.join([self.expr(e) for e in node.elts]) + '}'

    def e_Dict(self, node, prec):
        items = []
        for k, v in zip(node.keys, node.values):
            if k is None:
                items.append('**' + self.expr(v, _P_EXPR))
            else:
                items.append(f"{self.expr(k)}: {self.expr(v)}")
        return '{' + ', '.join(items) + '}'

    def generators(self, gens):
        out = []
        for g in gens:
            out.append(' async for ' if g.is_async else ' for ')
            out.append(self.expr(g.target, _P_TUPLE))
            out.append(' in ')
            out.append(self.expr(g.iter, _above(_P_TEST)))
            for cond in g.ifs:
                out.append(' if ' + self.expr(cond, _above(_P_TEST)))
        return ''.join(out)

    def e_ListComp(self, node, prec):
        return '[' + self.expr(node.elt) + self.generators(node.generators) + ']'

    def e_SetComp(self, node, prec):
        return '{' + self.expr(node.elt) + self.generators(node.generators) + '}'

    def e_GeneratorExp(self, node, prec):
        return '(' + self.expr(node.elt) + self.generators(node.generators) + ')'

    def e_DictComp(self, node, prec):
        return ('{' + self.expr(node.key) + ': ' + self.expr(node.value)
                + self.generators(node.generators) + '}')

    def e_IfExp(self, node, prec):
        text = (f"{self.expr(node.body, _above(_P_TEST))} if {self.expr(node.test, _above(_P_TEST))}"
                f" else {self.expr(node.orelse, _P_TEST)}")
        return self.paren(text, prec > _P_TEST)

    def e_UnaryOp(self, node, prec):
        op, own = _UNOPS[node.op.__class__.__name__]
        sep = '' if own == _P_FACTOR else ' '
        return self.paren(op + sep + self.expr(node.operand, own), prec > own)

    def e_BinOp(self, node, prec):
        op, own = _BINOPS[node.op.__class__.__name__]
        if op == '**':
            lp, rp = _above(own), own
        else:
            lp, rp = own, _above(own)
        text = f"{self.expr(node.left, lp)} {op} {self.expr(node.right, rp)}"
        return self.paren(text, prec > own)

    def e_Compare(self, node, prec):
        sub = _above(_P_CMP)
        parts = [self.expr(node.left, sub)]
        for op, right in zip(node.ops, node.comparators):
            parts.append(f" {_CMPOPS[op.__class__.__name__]} {self.expr(right, sub)}")
        return self.paren(''.join(parts), prec > _P_CMP)

    def e_BoolOp(self, node, prec):
        word, own = ('and', _P_AND) if isinstance(node.op, And) else ('or', _P_OR)
        # every further operand is rendered one level tighter (CPython's rule)
        texts = []
        p = own
        for v in node.values:
            p = _above(p)
            texts.append(self.expr(v, p))
        return self.paren(f' {word} '.join(texts), prec > own)

    def e_Attribute(self, node, prec):
        text = self.expr(node.value, _P_ATOM)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            text += ' '
        return text + '.' + node.attr

    def e_Call(self, node, prec):
        args = [self.expr(a) for a in node.args] + [self.keyword(k) for k in node.keywords]
        return self.expr(node.func, _P_ATOM) + '(' + ', '.join(args) + ')'

    def e_Subscript(self, node, prec):
        s = node.slice
        if isinstance(s, Tuple) and s.elts:
            inner = self.seq(s.elts)
        else:
            inner = self.expr(s)
        return self.expr(node.value, _P_ATOM) + '[' + inner + ']'

    def e_Starred(self, node, prec):
        return '*' + self.expr(node.value, _P_EXPR)

    def e_Slice(self, node, prec):
        text = (self.expr(node.lower) if node.lower else '') + ':'
        if node.upper:
            text += self.expr(node.upper)
        if node.step:
            text += ':' + self.expr(node.step)
        return text

    def e_Lambda(self, node, prec):
        args = self.arguments(node.args)
        text = 'lambda' + (' ' + args if args else '') + ': ' + self.expr(node.body, _P_TEST)
        return self.paren(text, prec > _P_TEST)

    # f-strings: each part is rendered, then one quote style is chosen that
    # suits every literal part.
    def fstring_part(self, node, in_spec=False):
        if isinstance(node, JoinedStr):
            return ''.join([self.fstring_part(v, in_spec) for v in node.values])
        if isinstance(node, Constant) and isinstance(node.value, str):
            text = node.value.replace('{', '{{').replace('}', '}}')
            if in_spec:
                text = (text.replace('\\', '\\\\').replace("'", "\\'")
                        .replace('"', '\\"').replace('\n', '\\n'))
            return text
        if isinstance(node, FormattedValue):
            return self.e_FormattedValue(node, _P_TEST)
        raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def e_FormattedValue(self, node, prec):
        inner = _Unparser().expr(node.value, _above(_P_TEST))
        text = '{'
        if inner.startswith('{'):
            text += ' '
        text += inner
        if node.conversion != -1:
            text += '!' + chr(node.conversion)
        if node.format_spec:
            text += ':' + self.fstring_part(node.format_spec, True)
        return text + '}'

    def e_JoinedStr(self, node, prec):
        parts = [(self.fstring_part(v), isinstance(v, Constant)) for v in node.values]
        quotes = list(_ALL_QUOTES)
        rendered = []
        use_repr = False
        for text, literal in parts:
            if literal:
                text, allowed = _quote_string(text, quotes, escape_ws=True)
                if not set(allowed) & set(quotes):
                    use_repr = True
                    break
                quotes = allowed
            elif '\n' in text:
                quotes = [q for q in quotes if len(q) == 3]
            rendered.append(text)
        if use_repr:
            quotes = ["'''"]
            rendered = []
            for text, literal in parts:
                if literal:
                    text = repr('"' + text)[2:-1]
                rendered.append(text)
        q = quotes[0]
        return 'f' + q + ''.join(rendered) + q

    # -- patterns ------------------------------------------------------------------------
    def pattern(self, node, prec=_P_TEST):
        kind = node.__class__.__name__
        if kind == 'MatchValue':
            return self.expr(node.value)
        if kind == 'MatchSingleton':
            return self.constant(node.value)
        if kind == 'MatchSequence':
            return '[' + ', '.join([self.pattern(p) for p in node.patterns]) + ']'
        if kind == 'MatchStar':
            return '*' + (node.name if node.name is not None else '_')
        if kind == 'MatchMapping':
            if len(node.keys) != len(node.patterns):
                raise ValueError('zip() argument 2 is shorter than argument 1'
                                 if len(node.patterns) < len(node.keys) else
                                 'zip() argument 2 is longer than argument 1')
            items = [f"{self.expr(k)}: {self.pattern(p)}" for k, p in zip(node.keys, node.patterns)]
            if node.rest is not None:
                items.append('**' + node.rest)
            return '{' + ', '.join(items) + '}'
        if kind == 'MatchClass':
            items = [self.pattern(p) for p in node.patterns]
            items += [f"{a}={self.pattern(p)}" for a, p in zip(node.kwd_attrs, node.kwd_patterns)]
            return self.expr(node.cls, _P_ATOM) + '(' + ', '.join(items) + ')'
        if kind == 'MatchAs':
            if node.name is None:
                return '_'
            if node.pattern is None:
                return node.name
            return self.paren(f"{self.pattern(node.pattern, _P_BOR)} as {node.name}", prec > _P_TEST)
        if kind == 'MatchOr':
            text = ' | '.join([self.pattern(p, _above(_P_BOR)) for p in node.patterns])
            return self.paren(text, prec > _P_BOR)
        raise ValueError(f"Unexpected pattern node: {node!r}")


def unparse(ast_obj):
    """Source text whose parse gives a tree equivalent to ast_obj."""
    u = _Unparser()
    if isinstance(ast_obj, list):
        if all(isinstance(n, (stmt, excepthandler)) for n in ast_obj):
            u.stmts(ast_obj)
            return '\n'.join(u.lines)
        return ''.join([unparse(n) for n in ast_obj])
    if isinstance(ast_obj, (stmt, mod, excepthandler)) and not isinstance(ast_obj, Expression):
        u.stmt(ast_obj)
        return '\n'.join(u.lines)
    if isinstance(ast_obj, Expression):
        return u.expr(ast_obj.body)
    if isinstance(ast_obj, expr):
        return u.expr(ast_obj)
    if isinstance(ast_obj, pattern):
        return u.pattern(ast_obj)
    if isinstance(ast_obj, arguments):
        return u.arguments(ast_obj)
    if isinstance(ast_obj, arg):
        return u.arg(ast_obj)
    if isinstance(ast_obj, keyword):
        return u.keyword(ast_obj)
    if isinstance(ast_obj, alias):
        return u.alias(ast_obj)
    if isinstance(ast_obj, withitem):
        return u.withitem(ast_obj)
    if isinstance(ast_obj, match_case):
        u.s_match_case(ast_obj)
        return '\n'.join(u.lines)
    if isinstance(ast_obj, comprehension):
        return u.generators([ast_obj])
    if isinstance(ast_obj, type_param):
        return u.type_param(ast_obj)
    if isinstance(ast_obj, (boolop, operator, unaryop, cmpop, expr_context)):
        raise ValueError(f"Unexpected node: {ast_obj!r}")
    raise AttributeError(f"'{type(ast_obj).__name__}' object has no attribute '_fields'")


# ---- _field_types, derived from each class's asdl signature ---------------------------------

def _install_field_types():
    scalar = {'identifier': str, 'string': str, 'int': int, 'constant': object}
    g = globals()
    for cls in list(g.values()):
        if not (isinstance(cls, type) and issubclass(cls, AST) and cls.__module__ == 'ast'):
            continue
        doc = cls.__doc__ or ''
        name = cls.__name__
        if not doc.startswith(name) or ' = ' in doc.split('\n')[0]:
            continue            # abstract category classes have no field types
        types = {}
        inner = doc[len(name):].strip()
        if inner.startswith('(') and inner.endswith(')'):
            for part in inner[1:-1].split(', '):
                tname, fname = part.split(' ')
                mult = tname[-1] if tname[-1] in '*?' else ''
                base = tname.rstrip('*?')
                t = scalar.get(base) or g.get(base)
                if mult == '*':
                    t = list[t]
                elif mult == '?':
                    t = t | None
                types[fname] = t
        cls._field_types = types
        cls.__annotations__ = types


_install_field_types()


# ---- deprecated names kept by CPython 3.13 ----------------------------------------------------

class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


def _warn_removed(what):
    import warnings
    warnings.warn(f"{what} is deprecated and will be removed in Python 3.14; use ast.Constant instead",
                  DeprecationWarning, stacklevel=3)


class _ConstantAlias(type):
    """Metaclass of Num/Str/Bytes/NameConstant/Ellipsis: instance checks look
    at the type of a Constant's value."""

    def __instancecheck__(cls, inst):
        kinds = _ALIAS_KINDS.get(cls.__name__)
        if kinds is None:
            return type.__instancecheck__(cls, inst)
        _warn_removed('ast.' + cls.__name__)
        if not isinstance(inst, Constant):
            return False
        accept, reject = kinds
        return isinstance(inst.value, accept) and not isinstance(inst.value, reject)


def _alias_new(cls, *args, **kwargs):
    _warn_removed('ast.' + cls.__name__)
    return Constant(*args, **kwargs)


class Num(Constant, metaclass=_ConstantAlias):
    _fields = ('n',)
    __new__ = _alias_new


class Str(Constant, metaclass=_ConstantAlias):
    _fields = ('s',)
    __new__ = _alias_new


class Bytes(Constant, metaclass=_ConstantAlias):
    _fields = ('s',)
    __new__ = _alias_new


class NameConstant(Constant, metaclass=_ConstantAlias):
    __new__ = _alias_new


class _EllipsisAlias(Constant, metaclass=_ConstantAlias):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        _warn_removed('ast.Ellipsis')
        return Constant(..., *args, **kwargs)


_EllipsisAlias.__name__ = _EllipsisAlias.__qualname__ = 'Ellipsis'
_ALIAS_KINDS = {'Num': ((int, float, complex), (bool,)), 'Str': ((str,), ()),
                'Bytes': ((bytes,), ()), 'NameConstant': ((type(None), bool), ()),
                'Ellipsis': ((type(...),), ())}
for _c in (Num, Str, Bytes, NameConstant, _EllipsisAlias):
    _c.__doc__ = 'Deprecated AST node class. Use ast.Constant instead'


def _value_alias(name):
    def get(self):
        import warnings
        warnings.warn(f"Attribute {name} is deprecated and will be removed in Python 3.14; "
                      "use value instead", DeprecationWarning, stacklevel=2)
        return self.value

    def set(self, value):
        import warnings
        warnings.warn(f"Attribute {name} is deprecated and will be removed in Python 3.14; "
                      "use value instead", DeprecationWarning, stacklevel=2)
        self.value = value
    return property(get, set)


Constant.n = _value_alias('n')
Constant.s = _value_alias('s')

_deprecated_globals = {'Num': Num, 'Str': Str, 'Bytes': Bytes, 'NameConstant': NameConstant,
                       'Ellipsis': _EllipsisAlias}
del Num, Str, Bytes, NameConstant, _c


def __getattr__(name):
    if name in _deprecated_globals:
        value = _deprecated_globals[name]
        globals()[name] = value
        _warn_removed('ast.' + name)
        return value
    raise AttributeError(f"module 'ast' has no attribute '{name}'")


def main():
    """python -m ast [-m MODE] [-a] [-i INDENT] [infile]: dump a file's tree."""
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', nargs='?', default='-',
                        help='the file to parse; defaults to stdin')
    parser.add_argument('-m', '--mode', default='exec',
                        choices=('exec', 'single', 'eval', 'func_type'),
                        help='specify what kind of code must be parsed')
    parser.add_argument('--no-type-comments', default=True, action='store_false',
                        help="don't add information about type comments")
    parser.add_argument('-a', '--include-attributes', action='store_true',
                        help='include attributes such as line numbers and column offsets')
    parser.add_argument('-i', '--indent', type=int, default=3,
                        help='indentation of nodes (number of spaces)')
    args = parser.parse_args()
    if args.infile == '-':
        name = '<stdin>'
        source = sys.stdin.buffer.read()
    else:
        name = args.infile
        with open(args.infile, 'rb') as f:
            source = f.read()
    tree = parse(source, name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
