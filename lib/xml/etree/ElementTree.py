"""xml.etree.ElementTree (ftpy): the ElementTree XML API.

Written for ftpy from the documented behaviour of CPython 3.13's module.
ftpy has no expat, so XMLParser here is a non-validating XML 1.0 parser
written in Python: elements, attributes, namespaces (reported as
"{uri}local" names), character and entity references (the predefined
ones, internal entities declared in the DOCTYPE, and XMLParser.entity),
CDATA sections, comments, processing instructions, the XML declaration
(with its encoding for bytes input) and DOCTYPE. It parses incrementally:
feed() handles every complete construct and keeps the rest. Errors raise
ParseError with expat's messages, codes and (line, column) positions for
the common cases.

Elements and trees are plain mutable objects (no locking): share them
between threads only for reading.
"""

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring",
    "fromstringlist", "indent", "iselement", "iterparse", "parse",
    "ParseError", "PI", "ProcessingInstruction", "QName", "SubElement",
    "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "XMLPullParser", "register_namespace", "canonicalize",
    "C14NWriterTarget",
]

VERSION = "1.3.0"

import sys
import re
import io
import collections.abc
import contextlib
import weakref

from . import ElementPath


class ParseError(SyntaxError):
    """An XML document could not be parsed: .code is the expat error
    number and .position the (line, column) of the problem."""


def iselement(element):
    """Return True if element appears to be an Element."""
    return hasattr(element, 'tag')


class Element:
    """An XML element: tag, attrib (dict), text, tail and a list of children."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % (attrib.__class__.__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        """Create a new element of the same type."""
        return self.__class__(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __deepcopy__(self, memo):
        import copy
        elem = self.makeelement(self.tag, copy.deepcopy(self.attrib, memo))
        elem.text = self.text
        elem.tail = self.tail
        elem._children = [copy.deepcopy(c, memo) for c in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        import warnings
        warnings.warn(
            "Testing an element's truth value will always return True in "
            "future versions.  "
            "Use specific 'len(elem)' or 'elem is not None' test instead.",
            DeprecationWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            element = list(element)
            for elt in element:
                self._assert_is_element(elt)
        else:
            self._assert_is_element(element)
        try:
            self._children[index] = element
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._children[index]
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def append(self, subelement):
        """Add subelement to the end of this element's children."""
        _check_arg(subelement, "append() argument 1")
        self._children.append(subelement)

    def extend(self, elements):
        """Append the elements of a sequence."""
        elements = list(elements)
        for element in elements:
            self._assert_is_element(element)
        self._children.extend(elements)

    def insert(self, index, subelement):
        """Insert subelement at position index."""
        _check_arg(subelement, "insert() argument 2")
        self._children.insert(index, subelement)

    def _assert_is_element(self, e):
        if not isinstance(e, Element):
            raise TypeError('expected an Element, not "%s"' % type(e).__name__)

    def remove(self, subelement):
        """Remove the first child that is subelement (compared by identity
        first, then equality)."""
        _check_arg(subelement, "remove() argument")
        self._children.remove(subelement)

    def find(self, path, namespaces=None):
        """The first matching element, or None."""
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """The text of the first matching element ('' if it has none), or default."""
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        """A list of all matching elements, in document order."""
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        """An iterator over the matching elements, in document order."""
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        """Remove all children and attributes; text and tail become None."""
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        """Iterate over this element and its descendants (depth first) whose
        tag equals tag ('*' or None: all)."""
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e.iter(tag)

    def itertext(self):
        """Iterate over the text of this element and its descendants, in document order."""
        t = self.text
        if t:
            yield t
        for e in self:
            yield from e.itertext()
            t = e.tail
            if t:
                yield t


def _check_arg(e, what):
    if not isinstance(e, Element):
        raise TypeError('%s must be xml.etree.ElementTree.Element, not %s'
                        % (what, type(e).__name__))


def SubElement(parent, tag, attrib={}, **extra):
    """Create an element and append it to parent."""
    _check_arg(parent, "SubElement() argument 1")
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s" % type(attrib).__name__)
    attrib = {**attrib, **extra}
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    """A comment element (serialized as <!--text-->)."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """A processing-instruction element (serialized as <?target text?>)."""
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name "{uri}local", usable as a tag, attribute name or value."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __eq__(self, other):
        return self.text == self._other(other)


class ElementTree:
    """A document: a wrapper around a root element, with parse and write."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        if not iselement(element):
            raise TypeError('expected an Element, not %s' % type(element).__name__)
        self._root = element

    def parse(self, source, parser=None):
        """Load a document from a file name or a file object; returns the root."""
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _abs_path(self, path):
        if path[:1] == "/":
            path = "." + path
            import warnings
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be "
                "fixed in a future version.  If you rely on the current "
                "behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._abs_path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._abs_path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._abs_path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._abs_path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        """Write the tree as XML (or 'html'/'text') to a file name or file object.

        encoding defaults to US-ASCII (bytes, with character references for
        other characters); "unicode" writes str."""
        if not method:
            method = "xml"
        elif method not in _serialize:
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "utf-8" if method == "c14n" else "us-ascii"
        with _get_writer(file_or_filename, encoding) as (write, declared_encoding):
            if method == "xml" and (xml_declaration or
                                    (xml_declaration is None and
                                     encoding.lower() != "unicode" and
                                     declared_encoding.lower() not in ("utf-8", "us-ascii"))):
                write("<?xml version='1.0' encoding='%s'?>\n" % (declared_encoding,))
            if method == "text":
                _serialize_text(write, self._root)
            else:
                qnames, namespaces = _namespaces(self._root, default_namespace)
                _serialize[method](write, self._root, qnames, namespaces,
                                   short_empty_elements=short_empty_elements)

    def write_c14n(self, file):
        raise NotImplementedError("C14N serialization is not provided by ftpy's ElementTree")


@contextlib.contextmanager
def _get_writer(file_or_filename, encoding):
    try:
        write = file_or_filename.write
    except AttributeError:
        # A file name.
        if encoding.lower() == "unicode":
            encoding = "utf-8"
        with open(file_or_filename, "w", encoding=encoding,
                  errors="xmlcharrefreplace") as file:
            yield file.write, encoding
        return
    if encoding.lower() == "unicode":
        yield write, "utf-8"
        return
    enc = encoding
    if enc.lower().replace('_', '-') in ('us-ascii', 'ascii'):
        codec = 'ascii'
    else:
        codec = enc

    def write_bytes(s):
        return write(s.encode(codec, "xmlcharrefreplace"))
    yield write_bytes, encoding


def _namespaces(elem, default_namespace=None):
    # qnames: tag/attribute name -> serialized name; namespaces: uri -> prefix.
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add_qname(qname):
        try:
            if qname[:1] == "{":
                uri, tag = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = "%s:%s" % (prefix, tag)
                else:
                    qnames[qname] = tag
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with "
                                     "default_namespace option")
                qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)

    for elem in elem.iter():
        tag = elem.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in elem.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
        text = elem.text
        if isinstance(text, QName) and text.text not in qnames:
            add_qname(text.text)
    return qnames, namespaces


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements=short_empty_elements)
        else:
            write("<" + tag)
            items = list(elem.items())
            if items or namespaces:
                if namespaces:
                    for v, k in sorted(namespaces.items(), key=lambda x: x[1]):
                        if k:
                            k = ":" + k
                        write(" xmlns%s=\"%s\"" % (k, _escape_attrib(v)))
                for k, v in items:
                    if isinstance(k, QName):
                        k = k.text
                    if isinstance(v, QName):
                        v = qnames[v.text]
                    else:
                        v = _escape_attrib(v)
                    write(" %s=\"%s\"" % (qnames[k], v))
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None, short_empty_elements=short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr",
              "img", "input", "isindex", "link", "meta", "param", "source",
              "track", "wbr"}


def _serialize_html(write, elem, qnames, namespaces, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
        else:
            write("<" + tag)
            items = list(elem.items())
            if items or namespaces:
                if namespaces:
                    for v, k in sorted(namespaces.items(), key=lambda x: x[1]):
                        if k:
                            k = ":" + k
                        write(" xmlns%s=\"%s\"" % (k, _escape_attrib_html(v)))
                for k, v in items:
                    if isinstance(k, QName):
                        k = k.text
                    if isinstance(v, QName):
                        v = qnames[v.text]
                    else:
                        v = _escape_attrib_html(v)
                    write(" %s=\"%s\"" % (qnames[k], v))
            write(">")
            ltag = tag.lower()
            if text:
                if ltag == "script" or ltag == "style":
                    write(text)
                else:
                    write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
            if ltag not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


_serialize = {
    "xml": _serialize_xml,
    "html": _serialize_html,
    "text": _serialize_text,
}


def register_namespace(prefix, uri):
    """Use prefix for namespace uri when serializing."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}
register_namespace._namespace_map = _namespace_map


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def _escape_cdata(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        if "\"" in text:
            text = text.replace("\"", "&quot;")
        # Whitespace other than the space would be normalized away by a parser.
        if "\r" in text:
            text = text.replace("\r", "&#13;")
        if "\n" in text:
            text = text.replace("\n", "&#10;")
        if "\t" in text:
            text = text.replace("\t", "&#09;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib_html(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        if "\"" in text:
            text = text.replace("\"", "&quot;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """Serialize element (and its subtree): bytes in encoding (default
    US-ASCII), or str for encoding="unicode"."""
    stream = io.StringIO() if encoding == 'unicode' else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


class _ListDataStream(io.BufferedIOBase):
    """A file-like object that collects written data in a list."""

    def __init__(self, lst):
        self.lst = lst

    def writable(self):
        return True

    def seekable(self):
        return True

    def write(self, b):
        self.lst.append(b)

    def tell(self):
        return len(self.lst)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    lst = []
    stream = _ListDataStream(lst)
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return lst


def dump(elem):
    """Write an element tree or element structure to sys.stdout (for debugging)."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indent the subtree in place with whitespace text and tails."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    indentations = ["\n" + level * space]

    def _indent_children(elem, level):
        child_level = level + 1
        try:
            child_indentation = indentations[child_level]
        except IndexError:
            child_indentation = indentations[level] + space
            indentations.append(child_indentation)
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                _indent_children(child, child_level)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        if not child.tail.strip():
            child.tail = indentations[level]

    _indent_children(tree, 0)


def parse(source, parser=None):
    """Parse a file name or file object into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def iterparse(source, events=None, parser=None):
    """Parse incrementally, yielding (event, elem) pairs: events is a
    sequence of "start", "end" (the default), "start-ns", "end-ns",
    "comment", "pi". The iterator's .root is set when parsing ends."""
    pullparser = XMLPullParser(events=events, _parser=parser)

    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True
    else:
        close_source = False

    class IterParseIterator(collections.abc.Iterator):
        root = None

        def __init__(self):
            self._gen = self._iterator()

        def _iterator(self):
            try:
                while True:
                    yield from pullparser.read_events()
                    data = source.read(16 * 1024)
                    if not data:
                        break
                    pullparser.feed(data)
                root = pullparser._close_and_return_root()
                yield from pullparser.read_events()
                it.root = root
            finally:
                if close_source:
                    source.close()

        def __next__(self):
            return next(self._gen)

        def close(self):
            self._gen.close()

    it = IterParseIterator()
    return it


class XMLPullParser:
    """Non-blocking parser: feed() data, then read_events()."""

    def __init__(self, events=None, *, _parser=None):
        self._events_queue = collections.deque()
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        self._parser._setevents(self._events_queue, events)

    def feed(self, data):
        """Feed encoded (bytes) or decoded (str) data to the parser."""
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        """Finish feeding data; events are still available."""
        self._close_and_return_root()

    def read_events(self):
        """Iterate over the pending (event, elem) pairs, consuming them."""
        events = self._events_queue
        while events:
            event = events.popleft()
            if isinstance(event, Exception):
                raise event
            yield event

    def flush(self):
        if self._parser is None:
            raise ValueError("flush() called after end of stream")
        self._parser.flush()


def XML(text, parser=None):
    """Parse an XML document from a string constant; returns the root element."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    """Parse text; returns (root, dict of id attribute -> element)."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    """Parse a document given as a sequence of fragments."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class TreeBuilder:
    """Builds an element tree from start/data/end calls."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        if comment_factory is None:
            comment_factory = Comment
        self._comment_factory = comment_factory
        self.insert_comments = insert_comments
        if pi_factory is None:
            pi_factory = ProcessingInstruction
        self._pi_factory = pi_factory
        self.insert_pis = insert_pis
        if element_factory is None:
            element_factory = Element
        self._factory = element_factory

    def close(self):
        """Flush the builder buffers; returns the toplevel element."""
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    assert self._last.tail is None, "internal error (tail)"
                    self._last.tail = text
                else:
                    assert self._last.text is None, "internal error (text)"
                    self._last.text = text
            self._data = []

    def data(self, data):
        """Add text to the current element."""
        self._data.append(data)

    def start(self, tag, attrs):
        """Open a new element."""
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        """Close the current element; returns it."""
        self._flush()
        self._last = self._elem.pop()
        assert self._last.tag == tag, \
            "end tag mismatch (expected %s, got %s)" % (self._last.tag, tag)
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._handle_single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._handle_single(self._pi_factory, self.insert_pis, target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


# ---------------------------------------------------------------- the XML parser

_NAME_START = r'[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF]'
_NAME_CHAR = r'[-.0-9:A-Z_a-z\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF]'
_NAME = _NAME_START + _NAME_CHAR + '*'
_name_re = re.compile(_NAME)
_nmtoken_re = re.compile(_NAME_CHAR + '+')
_attr_re = re.compile(r'(\s+)(' + _NAME + r')\s*=\s*(?:"([^"<]*)"|\'([^\'<]*)\')')
_tag_end_re = re.compile(r'\s*(/?)>')
_end_tag_re = re.compile(r'</(' + _NAME + r')\s*>')
_ref_re = re.compile(r'&(?:#([0-9]+)|#x([0-9a-fA-F]+)|(' + _NAME + r'));')
_space_re = re.compile(r'\s+')
_eq_re = re.compile(r'\s*=\s*')
_entity_decl_re = re.compile(
    r'<!ENTITY\s+(%\s+)?(' + _NAME + r')\s+(?:"([^"]*)"|\'([^\']*)\'|(SYSTEM|PUBLIC)[^>]*)\s*>')

_PREDEFINED = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}

# expat error codes and messages
_ERR_SYNTAX = (2, "syntax error")
_ERR_NO_ELEMENTS = (3, "no element found")
_ERR_INVALID_TOKEN = (4, "not well-formed (invalid token)")
_ERR_UNCLOSED_TOKEN = (5, "unclosed token")
_ERR_TAG_MISMATCH = (7, "mismatched tag")
_ERR_DUPLICATE_ATTRIBUTE = (8, "duplicate attribute")
_ERR_JUNK_AFTER_DOC_ELEMENT = (9, "junk after document element")
_ERR_UNDEFINED_ENTITY = (11, "undefined entity")
_ERR_RECURSIVE_ENTITY_REF = (12, "recursive entity reference")
_ERR_BAD_CHAR_REF = (14, "reference to invalid character number")
_ERR_MISPLACED_XML_PI = (17, "XML or text declaration not at start of entity")
_ERR_UNKNOWN_ENCODING = (18, "unknown encoding")
_ERR_UNCLOSED_CDATA_SECTION = (20, "unclosed CDATA section")
_ERR_UNBOUND_PREFIX = (27, "unbound prefix")


def _valid_char(cp):
    return (cp in (0x9, 0xA, 0xD) or 0x20 <= cp <= 0xD7FF or
            0xE000 <= cp <= 0xFFFD or 0x10000 <= cp <= 0x10FFFF)


class XMLParser:
    """An XML parser calling the methods of target (default: a TreeBuilder):
    start(tag, attrib), end(tag), data(text), and when defined comment(text),
    pi(target, text), start_ns(prefix, uri), end_ns(prefix),
    doctype(name, pubid, system); close() returns target.close()."""

    def __init__(self, *, target=None, encoding=None):
        if target is None:
            target = TreeBuilder()
        self.target = self._target = target
        # The target's handler methods, looked up once.
        self._h = {name: getattr(target, name, None) for name in (
            'data', 'start', 'end', 'start_ns', 'end_ns', 'comment', 'pi',
            'doctype', 'close', '_raw_start', '_raw_cdata', '_raw_doctype')}
        self._encoding_override = encoding
        self.entity = {}
        self.version = "Expat 2.6.3"   # the expat release whose messages are mimicked
        self._names = {}
        # input state
        self._raw = b''
        self._decoded_started = False
        self._encoding = None
        self._buf = ''
        self._pending_cr = False
        self._line = 1
        self._col = 0
        self._seen_anything = False
        self._seen_xml_decl = False
        # document state
        self._stack = []          # open elements: (qualified name, expanded tag, ns prefixes declared)
        self._ns = [{'xml': 'http://www.w3.org/XML/1998/namespace'}]
        self._root_done = False
        self._root_seen = False
        self._internal_entities = {}
        self._closed = False
        self._events = None
        self._event_names = ()

    # -- events for XMLPullParser

    def _setevents(self, events_queue, events_to_report):
        self._events = events_queue
        names = set()
        for event_name in events_to_report:
            if event_name not in ("start", "end", "start-ns", "end-ns", "comment", "pi"):
                raise ValueError("unknown event %r" % event_name)
            names.add(event_name)
        self._event_names = names

    # -- errors

    def _raiseerror(self, err, line=None, col=None):
        code, msg = err
        if line is None:
            line, col = self._line, self._col
        e = ParseError("%s: line %d, column %d" % (msg, line, col))
        e.code = code
        e.position = line, col
        raise e

    # -- input

    def feed(self, data):
        """Feed encoded (bytes) or decoded (str) data to the parser."""
        if self._closed:
            raise ValueError("feed() called after close()")
        if isinstance(data, str):
            self._decoded_started = True
            self._add_text(data)
        else:
            self._raw += bytes(data)
            self._decode(False)
        self._parse(False)

    def flush(self):
        self._parse(False)

    def close(self):
        """Finish the document; returns target.close()."""
        if self._raw:
            self._decode(True)
        self._closed = True
        if self._pending_cr:
            self._pending_cr = False
            self._buf += '\n'
        self._parse(True)
        close_handler = getattr(self.target, "close", None)
        if close_handler is not None:
            return close_handler()
        return None

    def _add_text(self, text):
        # Line ends: \r\n and \r become \n (a final \r waits for the next piece).
        if self._pending_cr:
            text = '\r' + text
            self._pending_cr = False
        if text.endswith('\r'):
            text = text[:-1]
            self._pending_cr = True
        if '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        self._buf += text

    def _decode(self, final):
        raw = self._raw
        if self._encoding is None:
            enc = self._encoding_override
            if enc is None:
                if raw.startswith(b'\xef\xbb\xbf'):
                    raw = raw[3:]
                    enc = 'utf-8'
                elif raw.startswith((b'\xff\xfe', b'\xfe\xff')):
                    enc = 'utf-16'
                elif raw.startswith(b'<?xml'):
                    end = raw.find(b'?>')
                    if end < 0:
                        if not final:
                            self._raw = raw
                            return
                        enc = 'utf-8'
                    else:
                        m = re.search(rb'encoding\s*=\s*["\']([A-Za-z][-\w.]*)["\']', raw[:end])
                        enc = m.group(1).decode('ascii') if m else 'utf-8'
                elif len(raw) < 5 and not final and b'<?xml'.startswith(raw):
                    self._raw = raw
                    return
                else:
                    enc = 'utf-8'
            # An unknown encoding raises LookupError, as with expat's
            # unknown-encoding handler.
            ''.encode(enc)
            self._encoding = enc
        enc = self._encoding
        if enc.lower().replace('_', '-') in ('utf-16', 'utf-32') and not final:
            # Variable-width with BOMs: decode once everything is here.
            self._raw = raw
            return
        text = None
        cut = len(raw)
        for back in range(0, 4):
            if back > cut:
                break
            try:
                text = raw[:cut - back].decode(enc)
                self._raw = raw[cut - back:]
                break
            except UnicodeDecodeError as exc:
                if final or back == 3:
                    # Report the position of the undecodable byte.
                    good = raw[:exc.start].decode(enc, 'replace')
                    self._add_text(good)
                    self._raw = b''
                    self._parse(False)
                    self._raiseerror(_ERR_INVALID_TOKEN)
        if text:
            self._add_text(text)

    # -- tokenizing

    def _advance(self, text):
        # Update the (line, column) position past text.
        nl = text.count('\n')
        if nl:
            self._line += nl
            self._col = len(text) - text.rfind('\n') - 1
        else:
            self._col += len(text)

    def _err_at(self, err, start, offset):
        # Raise err at position offset inside the construct starting at start.
        seg = self._buf[start:start + offset]
        line, col = self._line, self._col
        nl = seg.count('\n')
        if nl:
            line += nl
            col = len(seg) - seg.rfind('\n') - 1
        else:
            col += len(seg)
        self._raiseerror(err, line, col)

    def _parse(self, final):
        buf = self._buf
        i = 0
        n = len(buf)
        try:
            while i < n:
                if buf[i] != '<':
                    j = buf.find('<', i)
                    if j < 0:
                        if not final:
                            # The text may continue (and a reference may be cut).
                            amp = buf.rfind('&', i)
                            j = amp if amp >= 0 and ';' not in buf[amp:] else n
                            if j == i:
                                break
                        else:
                            j = n
                    self._text(buf, i, j)
                    i = j
                    continue
                k = self._markup(buf, i, final)
                if k < 0:
                    break
                i = k
        finally:
            self._buf = buf[i:]
        if final:
            if self._buf:
                self._raiseerror(_ERR_UNCLOSED_TOKEN)
            if not self._root_seen:
                self._raiseerror(_ERR_NO_ELEMENTS)
            if self._stack:
                self._raiseerror(_ERR_NO_ELEMENTS)

    def _text(self, buf, i, j):
        text = buf[i:j]
        if not self._stack:
            if text.strip():
                offset = len(text) - len(text.lstrip())
                self._prolog_error(buf, i, i + offset, j)
            self._seen_anything = True
            self._advance(text)
            return
        self._seen_anything = True
        bad = text.find(']]>')
        if bad >= 0:
            self._err_at(_ERR_INVALID_TOKEN, i, bad + 2)
        if '&' in text:
            text = self._expand_refs(text, i, in_attr=False)
        else:
            self._check_chars(text, i)
        if text:
            data = self._h['data']
            if data is not None:
                data(text)
        self._advance(buf[i:j])

    def _prolog_error(self, buf, i, k, j):
        # Text before the root element: report it as expat's prolog
        # tokenizer would (a name token, a quoted literal, a DTD
        # punctuation token, or an invalid character).
        # After the root element the same tokens are "junk".
        bad = _ERR_JUNK_AFTER_DOC_ELEMENT if self._root_done else _ERR_SYNTAX
        c = buf[k]
        m = _nmtoken_re.match(buf, k)
        if m:
            e = m.end()
            if e >= len(buf) or buf[e].isspace() or buf[e] in '>)|,':
                self._err_at(bad, i, k - i)
            self._err_at(_ERR_INVALID_TOKEN, i, e - i)
        if c in '"\'':
            q = buf.find(c, k + 1)
            if q < 0:
                self._err_at(_ERR_UNCLOSED_TOKEN, i, k - i)
            # A literal must be followed by a separator.
            if q + 1 < len(buf) and not buf[q + 1].isspace() and buf[q + 1] not in '>[':
                self._err_at(_ERR_INVALID_TOKEN, i, q + 1 - i)
            self._err_at(bad, i, k - i)
        if c in '])>':
            self._err_at(bad, i, k - i)
        self._err_at(_ERR_INVALID_TOKEN, i, k - i)

    def _check_chars(self, text, start):
        for idx, ch in enumerate(text):
            cp = ord(ch)
            if cp < 0x20 and cp not in (0x9, 0xA, 0xD) or 0xD800 <= cp <= 0xDFFF or cp in (0xFFFE, 0xFFFF):
                self._err_at(_ERR_INVALID_TOKEN, start, idx)

    def _expand_refs(self, text, start, in_attr, depth=0):
        out = []
        pos = 0
        while True:
            amp = text.find('&', pos)
            if amp < 0:
                out.append(text[pos:])
                break
            out.append(text[pos:amp])
            m = _ref_re.match(text, amp)
            if not m:
                self._err_at(_ERR_INVALID_TOKEN, start, amp + 1)
            dec, hexa, name = m.groups()
            if name is None:
                cp = int(dec) if dec is not None else int(hexa, 16)
                if not _valid_char(cp):
                    self._err_at(_ERR_BAD_CHAR_REF, start, amp)
                out.append(chr(cp))
            elif name in _PREDEFINED:
                out.append(_PREDEFINED[name])
            elif name in self._internal_entities:
                if depth > 20:
                    self._err_at(_ERR_RECURSIVE_ENTITY_REF, start, amp)
                value = self._internal_entities[name]
                out.append(self._expand_refs(value, start, in_attr, depth + 1) if '&' in value else value)
            elif self._external_dtd and not in_attr:
                # Entities possibly declared in the external DTD (which is
                # not read) come from XMLParser.entity, as with expat.
                if name in self.entity:
                    out.append(self.entity[name])
                else:
                    e = ParseError("undefined entity %s: line %d, column %d"
                                   % (m.group(), self._line, self._col))
                    e.code = _ERR_UNDEFINED_ENTITY[0]
                    e.position = self._line, self._col
                    raise e
            else:
                self._err_at(_ERR_UNDEFINED_ENTITY, start, amp)
            pos = m.end()
        return ''.join(out)

    _has_doctype = False
    _external_dtd = False

    def _markup(self, buf, i, final):
        n = len(buf)
        if buf.startswith('<?', i):
            if i + 2 < n and not _name_re.match(buf, i + 2):
                self._err_at(_ERR_INVALID_TOKEN, i, 2)
            end = buf.find('?>', i + 2)
            if end < 0:
                if final:
                    self._raiseerror(_ERR_UNCLOSED_TOKEN)
                return -1
            body = buf[i + 2:end]
            m = _name_re.match(body)
            if not m:
                self._err_at(_ERR_INVALID_TOKEN, i, 2)
            target = m.group()
            if ':' in target:
                # Processing-instruction targets may not contain colons.
                self._err_at(_ERR_INVALID_TOKEN, i, 2 + target.find(':'))
            if target.lower() == 'xml':
                if target == 'xml' and not self._seen_anything and not self._seen_xml_decl:
                    self._seen_xml_decl = True
                    self._seen_anything = True
                    self._advance(buf[i:end + 2])
                    return end + 2
                if target == 'xml':
                    self._raiseerror(_ERR_MISPLACED_XML_PI)
                self._err_at(_ERR_INVALID_TOKEN, i, 2)
            rest = body[m.end():]
            if rest and not rest[0].isspace():
                self._err_at(_ERR_INVALID_TOKEN, i, 2 + m.end())
            self._seen_anything = True
            self._event_single('pi', target, rest.lstrip())
            self._advance(buf[i:end + 2])
            return end + 2

        if buf.startswith('<!--', i):
            end = buf.find('-->', i + 4)
            if end < 0:
                if final:
                    self._raiseerror(_ERR_UNCLOSED_TOKEN)
                return -1
            self._seen_anything = True
            self._event_single('comment', buf[i + 4:end])
            self._advance(buf[i:end + 3])
            return end + 3

        if buf.startswith('<![CDATA[', i):
            if not self._stack:
                self._err_at(_ERR_SYNTAX if not self._root_done else _ERR_JUNK_AFTER_DOC_ELEMENT, i, 0)
            end = buf.find(']]>', i + 9)
            if end < 0:
                if final:
                    self._raiseerror(_ERR_UNCLOSED_CDATA_SECTION, *self._pos_after(buf, i, n))
                return -1
            if not self._stack:
                self._err_at(_ERR_SYNTAX if not self._root_done else _ERR_JUNK_AFTER_DOC_ELEMENT, i, 0)
            text = buf[i + 9:end]
            raw_cdata = self._h['_raw_cdata']
            if raw_cdata is not None:
                raw_cdata(text)
            elif text:
                data = self._h['data']
                if data is not None:
                    data(text)
            self._advance(buf[i:end + 3])
            return end + 3

        if buf.startswith('<!DOCTYPE', i):
            return self._doctype(buf, i, final)

        if len(buf) - i < 9 and not final and ('<!DOCTYPE'.startswith(buf[i:]) or
                                               '<![CDATA['.startswith(buf[i:]) or
                                               '<!--'.startswith(buf[i:])):
            return -1

        if buf.startswith('</', i):
            if not self._stack:
                # An end tag outside any element.
                if self._root_done:
                    self._err_at(_ERR_JUNK_AFTER_DOC_ELEMENT, i, 0)
                self._err_at(_ERR_INVALID_TOKEN, i, 1)
            m = _end_tag_re.match(buf, i)
            if not m:
                if '>' not in buf[i:] and not final:
                    return -1
                if '>' not in buf[i:]:
                    self._raiseerror(_ERR_UNCLOSED_TOKEN)
                self._err_at(_ERR_INVALID_TOKEN, i, 2)
            qname = m.group(1)
            if not self._stack or self._stack[-1][0] != qname:
                self._err_at(_ERR_TAG_MISMATCH, i, 2)
            qn, tag, declared = self._stack.pop()
            end = self._h['end']
            result = end(tag) if end is not None else None
            if 'end' in self._event_names:
                self._events.append(('end', result))
            for prefix in reversed(declared):
                end_ns = self._h['end_ns']
                if end_ns is not None:
                    end_ns(prefix)
                if 'end-ns' in self._event_names:
                    self._events.append(('end-ns', None))
            self._ns.pop()
            if not self._stack:
                self._root_done = True
            self._advance(m.group())
            return m.end()

        if buf.startswith('<', i) and i + 1 < n and buf[i + 1] not in '!?/':
            return self._start_tag(buf, i, final)

        if i + 1 >= n and not final:
            return -1
        if buf.startswith('<!', i) and not final and '>' not in buf[i:]:
            return -1
        self._err_at(_ERR_INVALID_TOKEN if i + 1 < n else _ERR_UNCLOSED_TOKEN, i, 1 if i + 1 < n else 0)

    def _pos_after(self, buf, i, n):
        seg = buf[i:n]
        line, col = self._line, self._col
        nl = seg.count('\n')
        if nl:
            return line + nl, len(seg) - seg.rfind('\n') - 1
        return line, col + len(seg)

    def _doctype(self, buf, i, final):
        # <!DOCTYPE name [PUBLIC "pub" "sys" | SYSTEM "sys"] [ [internal subset] ]>
        j = i + 9
        n = len(buf)
        depth = 0
        quote = None
        k = j
        while k < n:
            c = buf[k]
            if quote:
                if c == quote:
                    quote = None
            elif c in '"\'':
                quote = c
            elif c == '[':
                depth += 1
            elif c == ']':
                depth -= 1
            elif c == '>' and depth <= 0:
                break
            k += 1
        if k >= n:
            if final:
                self._raiseerror(_ERR_UNCLOSED_TOKEN)
            return -1
        body = buf[j:k]
        if self._root_seen:
            self._err_at(_ERR_INVALID_TOKEN, i, 2)
        m = re.match(r'\s+(' + _NAME + r')\s*(?:(SYSTEM)\s+("[^"]*"|\'[^\']*\')|'
                     r'(PUBLIC)\s+("[^"]*"|\'[^\']*\')\s+("[^"]*"|\'[^\']*\'))?\s*(\[.*\])?\s*$',
                     body, re.DOTALL)
        if not m:
            self._err_at(_ERR_SYNTAX, i, 9)
        name = m.group(1)
        pubid = system = None
        if m.group(2):
            system = m.group(3)[1:-1]
        elif m.group(4):
            pubid = m.group(5)[1:-1]
            system = m.group(6)[1:-1]
        subset = m.group(7)
        self._has_doctype = True
        self._external_dtd = system is not None
        if subset:
            for em in _entity_decl_re.finditer(subset):
                if em.group(1):
                    continue   # parameter entity
                value = em.group(3) if em.group(3) is not None else em.group(4)
                if value is not None and em.group(2) not in self._internal_entities:
                    self._internal_entities[em.group(2)] = value
        doctype = self._h['doctype']
        raw_doctype = self._h['_raw_doctype']
        if raw_doctype is not None:
            raw_doctype(name, pubid, system, subset[1:-1] if subset else None)
        elif doctype is not None:
            doctype(name, pubid, system)
        self._seen_anything = True
        self._advance(buf[i:k + 1])
        return k + 1

    def _start_tag(self, buf, i, final):
        n = len(buf)
        m = _name_re.match(buf, i + 1)
        if not m:
            self._err_at(_ERR_INVALID_TOKEN, i, 1)
        qname = m.group()
        second_colon = qname.find(':', qname.find(':') + 1) if ':' in qname else -1
        if second_colon > 0:
            # A QName has at most one colon.
            self._err_at(_ERR_INVALID_TOKEN, i, 1 + second_colon)
        pos = m.end()
        raw_attrs = []
        while True:
            am = _attr_re.match(buf, pos)
            if am:
                raw_attrs.append((am.group(2), am.group(3) if am.group(3) is not None else am.group(4),
                                  am.start(2) - i))
                pos = am.end()
                continue
            em = _tag_end_re.match(buf, pos)
            if em:
                empty = bool(em.group(1))
                end = em.end()
                break
            # Incomplete, or malformed?
            if not final and '>' not in buf[pos:]:
                return -1
            if '>' not in buf[pos:]:
                self._raiseerror(_ERR_UNCLOSED_TOKEN)
            # Point at the first character that cannot continue the tag.
            bad = pos
            sm = _space_re.match(buf, bad)
            if sm:
                bad = sm.end()
                nm = _name_re.match(buf, bad)
                if nm:
                    bad = nm.end()
                    sm2 = _eq_re.match(buf, bad)
                    if sm2 and '=' in sm2.group():
                        bad = sm2.end()
                        if buf[bad:bad + 1] in ('"', "'"):
                            close_q = buf.find(buf[bad], bad + 1)
                            lt = buf.find('<', bad + 1)
                            if 0 <= lt < close_q:
                                bad = lt
            self._err_at(_ERR_INVALID_TOKEN, i, bad - i)

        if self._root_done:
            self._err_at(_ERR_JUNK_AFTER_DOC_ELEMENT, i, 0)
        if not self._stack and self._root_seen:
            self._err_at(_ERR_JUNK_AFTER_DOC_ELEMENT, i, 0)

        # Namespace declarations first.
        scope = self._ns[-1]
        declared = []
        attrs = []
        all_attrs = []
        seen_names = set()
        for name, value, off in raw_attrs:
            if name in seen_names:
                self._err_at(_ERR_DUPLICATE_ATTRIBUTE, i, off)
            seen_names.add(name)
            # Attribute-value normalization (line ends are already \n).
            if '\t' in value or '\n' in value:
                value = value.replace('\t', ' ').replace('\n', ' ')
            if '&' in value:
                value = self._expand_refs(value, i + off, in_attr=True)
            all_attrs.append((name, value))
            if name == 'xmlns' or name.startswith('xmlns:'):
                if not declared:
                    # Copy on write: scopes without declarations are shared.
                    scope = dict(scope)
                prefix = name[6:]
                scope[prefix] = value
                declared.append((prefix, value))
            else:
                attrs.append((name, value, off))

        def expand(name, is_attr, off):
            if ':' in name:
                prefix, local = name.split(':', 1)
                uri = scope.get(prefix)
                if uri is None:
                    self._err_at(_ERR_UNBOUND_PREFIX, i, off)
                return '{%s}%s' % (uri, local)
            if not is_attr and scope.get(''):
                return '{%s}%s' % (scope[''], name)
            return name

        tag = expand(qname, False, 0)
        attrib = {}
        for name, value, off in attrs:
            key = expand(name, True, off)
            if key in attrib:
                self._err_at(_ERR_DUPLICATE_ATTRIBUTE, i, off)
            attrib[key] = value

        self._seen_anything = True
        self._root_seen = True
        for prefix, uri in declared:
            start_ns = self._h['start_ns']
            if start_ns is not None:
                start_ns(prefix, uri)
            if 'start-ns' in self._event_names:
                self._events.append(('start-ns', (prefix, uri)))
        raw_start = self._h['_raw_start']
        if raw_start is not None:
            # Builders that need the names as written (xml.dom.minidom).
            result = raw_start(qname, all_attrs, scope)
        else:
            start = self._h['start']
            result = start(tag, attrib) if start is not None else None
        if 'start' in self._event_names:
            self._events.append(('start', result))
        self._ns.append(scope)
        self._stack.append((qname, tag, [p for p, u in declared]))
        text = buf[i:end]
        if empty:
            self._stack.pop()
            endh = self._h['end']
            result = endh(tag) if endh is not None else None
            if 'end' in self._event_names:
                self._events.append(('end', result))
            for prefix, uri in reversed(declared):
                end_ns = self._h['end_ns']
                if end_ns is not None:
                    end_ns(prefix)
                if 'end-ns' in self._event_names:
                    self._events.append(('end-ns', None))
            self._ns.pop()
            if not self._stack:
                self._root_done = True
        self._advance(text)
        return end

    def _event_single(self, kind, *args):
        handler = self._h[kind]
        result = handler(*args) if handler is not None else None
        if kind in self._event_names:
            self._events.append((kind, result))

def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError("C14N 2.0 canonicalization is not provided by ftpy's ElementTree")


class C14NWriterTarget:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("C14N 2.0 canonicalization is not provided by ftpy's ElementTree")
