"""xml.etree.ElementPath (ftpy): the limited XPath of Element.find*().

Supported: tag, {uri}tag, prefix:tag (with a namespaces map, '' being the
default namespace), {*}tag, {uri}*, {}*, *, ., .., //, and the predicates
[@attr], [@attr='v'], [@attr!='v'], [tag], [tag='text'], [tag!='text'],
[.='text'], [.!='text'], [n], [last()], [last()-n].

A path compiles to a list of selector functions, each mapping a stream of
context elements to the next stream; compiled paths are cached in a dict
that only ever grows to _MAX_CACHE entries, and a racing insert of an equal
value is harmless.
"""

import re

_MAX_CACHE = 100
_cache = {}

# Tokens: operators, or a name (optionally {uri}-qualified), with the
# quoted strings of predicates kept whole.
_token_re = re.compile(
    r"('[^']*'|\"[^\"]*\"|"
    r"::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|"
    r"\s+")


def xpath_tokenizer(pattern, namespaces=None):
    default_namespace = namespaces.get('') if namespaces else None
    parsing_attribute = False
    for m in _token_re.finditer(pattern):
        ttype, tag = m.groups()
        ttype = ttype or ''
        tag = tag or ''
        if tag and tag[0] != "{":
            if ":" in tag and namespaces:
                prefix, uri = tag.split(":", 1)
                try:
                    yield ttype, "{%s}%s" % (namespaces[prefix], uri)
                except KeyError:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
            elif default_namespace and not parsing_attribute:
                yield ttype, "{%s}%s" % (default_namespace, tag)
            else:
                yield ttype, tag
            parsing_attribute = False
        elif not ttype and not tag:
            continue   # whitespace
        else:
            yield ttype, tag
            parsing_attribute = ttype == '@'


def get_parent_map(context):
    parent_map = context.parent_map
    if parent_map is None:
        context.parent_map = parent_map = {}
        for p in context.root.iter():
            for e in p:
                parent_map[e] = p
    return parent_map


def _is_wildcard_tag(tag):
    return tag[:3] == '{*}' or tag[-2:] == '}*'


def _tag_matcher(tag):
    """A predicate on element tags for a name that may contain wildcards."""
    if tag == '{*}*':
        return lambda t: isinstance(t, str)
    if tag == '{}*':
        return lambda t: isinstance(t, str) and t[:1] != '{'
    if tag[:3] == '{*}':
        local = tag[3:]
        no_ns = local
        suffix = '}' + local
        return lambda t: isinstance(t, str) and (t == no_ns or t.endswith(suffix))
    if tag[-2:] == '}*':
        ns = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(ns) and len(t) > len(ns)
    raise RuntimeError(f"internal parser error, got {tag}")


def prepare_child(next, token):
    tag = token[1]
    if _is_wildcard_tag(tag):
        match = _tag_matcher(tag)

        def select(context, result):
            for elem in result:
                for e in elem:
                    if match(e.tag):
                        yield e
    else:
        if tag[:2] == '{}':
            tag = tag[2:]   # '{}tag' means 'tag' in no namespace

        def select(context, result):
            for elem in result:
                for e in elem:
                    if e.tag == tag:
                        yield e
    return select


def prepare_star(next, token):
    def select(context, result):
        for elem in result:
            yield from elem
    return select


def prepare_self(next, token):
    def select(context, result):
        yield from result
    return select


def prepare_descendant(next, token):
    try:
        token = next()
    except StopIteration:
        return
    if token[0] == "*":
        tag = "*"
    elif not token[0]:
        tag = token[1]
    else:
        raise SyntaxError("invalid descendant")

    if _is_wildcard_tag(tag):
        match = _tag_matcher(tag)

        def select(context, result):
            for elem in result:
                for e in elem.iter():
                    if e is not elem and match(e.tag):
                        yield e
    else:
        if tag[:2] == '{}':
            tag = tag[2:]

        def select(context, result):
            for elem in result:
                for e in elem.iter(tag):
                    if e is not elem:
                        yield e
    return select


def prepare_parent(next, token):
    def select(context, result):
        parent_map = get_parent_map(context)
        seen = {}
        for elem in result:
            if elem in parent_map:
                parent = parent_map[elem]
                if parent not in seen:
                    seen[parent] = None
                    yield parent
    return select


def prepare_predicate(next, token):
    # Collect the predicate's tokens into a signature such as "@-='" that
    # selects the kind of test.
    signature = []
    predicate = []
    while True:
        try:
            token = next()
        except StopIteration:
            return
        if token[0] == "]":
            break
        if token[0] and token[0][:1] in "'\"":
            token = "'", token[0][1:-1]
        signature.append(token[0] or "-")
        predicate.append(token[1])
    signature = "".join(signature)

    if signature == "@-":
        key = predicate[1]

        def select(context, result):
            for elem in result:
                if elem.get(key) is not None:
                    yield elem
        return select

    if signature in ("@-='", "@-!='"):
        key = predicate[1]
        value = predicate[-1]

        if signature == "@-='":
            def select(context, result):
                for elem in result:
                    if elem.get(key) == value:
                        yield elem
        else:
            def select(context, result):
                for elem in result:
                    attr_value = elem.get(key)
                    if attr_value is not None and attr_value != value:
                        yield elem
        return select

    if signature == "-" and not re.match(r"\-?\d+$", predicate[0]):
        tag = predicate[0]

        def select(context, result):
            for elem in result:
                if elem.find(tag) is not None:
                    yield elem
        return select

    if signature in (".='", ".!='") or (
            signature in ("-='", "-!='") and not re.match(r"\-?\d+$", predicate[0])):
        tag = predicate[0]
        value = predicate[-1]
        equal = "!=" not in signature
        if tag:
            def select(context, result):
                for elem in result:
                    for e in elem.findall(tag):
                        if ("".join(e.itertext()) == value) == equal:
                            yield elem
                            break
        else:
            def select(context, result):
                for elem in result:
                    if ("".join(elem.itertext()) == value) == equal:
                        yield elem
        return select

    if signature in ("-", "-()", "-()-"):
        if signature == "-":
            index = int(predicate[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if predicate[0] != "last":
                raise SyntaxError("unsupported function")
            if signature == "-()-":
                try:
                    index = int(predicate[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")
            else:
                index = -1

        def select(context, result):
            parent_map = get_parent_map(context)
            for elem in result:
                try:
                    parent = parent_map[elem]
                    elems = list(parent.findall(elem.tag))
                    if elems[index] is elem:
                        yield elem
                except (IndexError, KeyError):
                    pass
        return select

    raise SyntaxError("invalid predicate")


ops = {
    "": prepare_child,
    "*": prepare_star,
    ".": prepare_self,
    "..": prepare_parent,
    "//": prepare_descendant,
    "[": prepare_predicate,
}


class _SelectorContext:
    parent_map = None

    def __init__(self, root):
        self.root = root


def iterfind(elem, path, namespaces=None):
    """Yield the elements that match path, in document order."""
    if path[-1:] == "/":
        path = path + "*"   # implicit all (FIXME: keep this?)

    cache_key = (path,)
    if namespaces:
        cache_key += tuple(sorted(namespaces.items()))

    selector = _cache.get(cache_key)
    if selector is None:
        if path[:1] == "/":
            raise SyntaxError("cannot use absolute path on element")
        tokens = iter(xpath_tokenizer(path, namespaces))
        next = tokens.__next__
        try:
            token = next()
        except StopIteration:
            return
        selector = []
        while True:
            try:
                selector.append(ops[token[0]](next, token))
            except StopIteration:
                raise SyntaxError("invalid path") from None
            except KeyError:
                raise SyntaxError("invalid path") from None
            try:
                token = next()
                if token[0] == "/":
                    token = next()
            except StopIteration:
                break
        if len(_cache) < _MAX_CACHE:
            _cache[cache_key] = selector

    result = [elem]
    context = _SelectorContext(elem)
    for select in selector:
        if select is None:
            raise SyntaxError("invalid path")
        result = select(context, result)
    return result


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        elem = next(iterfind(elem, path, namespaces))
        if elem.text is None:
            return ""
        return elem.text
    except StopIteration:
        return default
