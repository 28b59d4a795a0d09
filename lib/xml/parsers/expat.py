"""xml.parsers.expat (ftpy): the pyexpat interface on ftpy's XML parser.

ftpy has no expat library; ParserCreate() returns a parser with the same
handler attributes, driven by the pure-Python XML tokenizer of
xml.etree.ElementTree. Supported handlers: StartElementHandler,
EndElementHandler, CharacterDataHandler, CommentHandler,
ProcessingInstructionHandler, StartNamespaceDeclHandler,
EndNamespaceDeclHandler, StartDoctypeDeclHandler, StartCdataSectionHandler,
EndCdataSectionHandler and XmlDeclHandler is not called. Character data is
reported in one piece per text run (expat may split it differently unless
buffer_text is set). Errors raise ExpatError with expat's messages, codes
and positions. A parser object is for one document and one thread.
"""

EXPAT_VERSION = 'expat_2.6.3'
version_info = (2, 6, 3)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1)]


class ExpatError(Exception):
    pass


error = ExpatError


class _Errors:
    pass


errors = _Errors()
errors.__name__ = 'pyexpat.errors'
_MESSAGES = {
    1: "out of memory", 2: "syntax error", 3: "no element found",
    4: "not well-formed (invalid token)", 5: "unclosed token",
    6: "partial character", 7: "mismatched tag", 8: "duplicate attribute",
    9: "junk after document element", 10: "illegal parameter entity reference",
    11: "undefined entity", 12: "recursive entity reference",
    13: "asynchronous entity", 14: "reference to invalid character number",
    15: "reference to binary entity", 16: "reference to external entity in attribute",
    17: "XML or text declaration not at start of entity", 18: "unknown encoding",
    19: "encoding specified in XML declaration is incorrect",
    20: "unclosed CDATA section", 21: "error in processing external entity reference",
    22: "document is not standalone", 27: "unbound prefix",
}
_NAMES = {
    1: 'NO_MEMORY', 2: 'SYNTAX', 3: 'NO_ELEMENTS', 4: 'INVALID_TOKEN',
    5: 'UNCLOSED_TOKEN', 6: 'PARTIAL_CHAR', 7: 'TAG_MISMATCH',
    8: 'DUPLICATE_ATTRIBUTE', 9: 'JUNK_AFTER_DOC_ELEMENT', 10: 'PARAM_ENTITY_REF',
    11: 'UNDEFINED_ENTITY', 12: 'RECURSIVE_ENTITY_REF', 13: 'ASYNC_ENTITY',
    14: 'BAD_CHAR_REF', 15: 'BINARY_ENTITY_REF', 16: 'ATTRIBUTE_EXTERNAL_ENTITY_REF',
    17: 'MISPLACED_XML_PI', 18: 'UNKNOWN_ENCODING', 19: 'INCORRECT_ENCODING',
    20: 'UNCLOSED_CDATA_SECTION', 21: 'EXTERNAL_ENTITY_HANDLING',
    22: 'NOT_STANDALONE', 27: 'UNBOUND_PREFIX',
}
errors.codes = {}
errors.messages = {}
for _code, _msg in _MESSAGES.items():
    setattr(errors, 'XML_ERROR_' + _NAMES[_code], _msg)
    errors.codes[_msg] = _code
    errors.messages[_code] = _msg
del _code, _msg


def ErrorString(code):
    """The message of an expat error code."""
    return _MESSAGES.get(code)


class _Adapter:
    # Target for ElementTree's XMLParser translating to expat handlers.

    def __init__(self, owner):
        self.owner = owner
        self.stack = []

    def _raw_start(self, qname, attrs, scope):
        o = self.owner
        sep = o._sep
        declared = []
        if sep is None:
            out_name = qname
            out_attrs = list(attrs)
        else:
            plain = []
            for name, value in attrs:
                if name == 'xmlns':
                    declared.append((None, value))
                elif name.startswith('xmlns:'):
                    declared.append((name[6:], value))
                else:
                    plain.append((name, value))
            out_name = self._expand(qname, scope, False)
            out_attrs = [(self._expand(n, scope, True), v) for n, v in plain]
            for prefix, uri in declared:
                if o.StartNamespaceDeclHandler is not None:
                    o.StartNamespaceDeclHandler(prefix, uri or None)
        self.stack.append((out_name, declared))
        if o.StartElementHandler is not None:
            if o.ordered_attributes:
                flat = []
                for n, v in out_attrs:
                    flat.append(n)
                    flat.append(v)
                o.StartElementHandler(out_name, flat)
            else:
                o.StartElementHandler(out_name, dict(out_attrs))

    def _expand(self, name, scope, is_attr):
        sep = self.owner._sep
        if ':' in name:
            prefix, local = name.split(':', 1)
            uri = scope.get(prefix)
            if self.owner.namespace_prefixes:
                return uri + sep + local + sep + prefix
            return uri + sep + local
        if not is_attr and scope.get(''):
            return scope[''] + sep + name
        return name

    def end(self, tag):
        o = self.owner
        name, declared = self.stack.pop()
        if o.EndElementHandler is not None:
            o.EndElementHandler(name)
        for prefix, uri in reversed(declared):
            if o.EndNamespaceDeclHandler is not None:
                o.EndNamespaceDeclHandler(prefix)

    def data(self, text):
        o = self.owner
        if o.CharacterDataHandler is not None:
            o.CharacterDataHandler(text)

    def _raw_cdata(self, text):
        o = self.owner
        if o.StartCdataSectionHandler is not None:
            o.StartCdataSectionHandler()
        if text and o.CharacterDataHandler is not None:
            o.CharacterDataHandler(text)
        if o.EndCdataSectionHandler is not None:
            o.EndCdataSectionHandler()

    def comment(self, text):
        o = self.owner
        if o.CommentHandler is not None:
            o.CommentHandler(text)

    def pi(self, target, data):
        o = self.owner
        if o.ProcessingInstructionHandler is not None:
            o.ProcessingInstructionHandler(target, data)

    def _raw_doctype(self, name, pubid, system, subset):
        o = self.owner
        if o.StartDoctypeDeclHandler is not None:
            o.StartDoctypeDeclHandler(name, system, pubid, 1 if subset is not None else 0)
        if o.EndDoctypeDeclHandler is not None:
            o.EndDoctypeDeclHandler()

    def close(self):
        return None


class XMLParserType:
    """An expat-style parser; create it with ParserCreate()."""

    def __init__(self, encoding=None, namespace_separator=None):
        from xml.etree.ElementTree import XMLParser
        if namespace_separator is not None and (not isinstance(namespace_separator, str)
                                                or len(namespace_separator) > 1):
            raise ValueError("namespace_separator must be at most one character, omitted, or None")
        self._sep = namespace_separator
        self._parser = XMLParser(target=_Adapter(self), encoding=encoding)
        self._finished = False
        self.StartElementHandler = None
        self.EndElementHandler = None
        self.CharacterDataHandler = None
        self.CommentHandler = None
        self.ProcessingInstructionHandler = None
        self.StartNamespaceDeclHandler = None
        self.EndNamespaceDeclHandler = None
        self.StartDoctypeDeclHandler = None
        self.EndDoctypeDeclHandler = None
        self.StartCdataSectionHandler = None
        self.EndCdataSectionHandler = None
        self.XmlDeclHandler = None
        self.DefaultHandler = None
        self.DefaultHandlerExpand = None
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.buffer_text = False
        self.buffer_size = 8192
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1

    @property
    def CurrentLineNumber(self):
        if self.ErrorCode:
            return self.ErrorLineNumber
        return self._parser._line

    @property
    def CurrentColumnNumber(self):
        if self.ErrorCode:
            return self.ErrorColumnNumber
        return self._parser._col

    def _run(self, fn):
        from xml.etree.ElementTree import ParseError
        try:
            fn()
        except ParseError as e:
            self.ErrorCode = e.code
            self.ErrorLineNumber, self.ErrorColumnNumber = e.position
            err = ExpatError(str(e))
            err.code = e.code
            err.lineno, err.offset = e.position
            raise err from None

    def Parse(self, data, isfinal=False):
        """Parse more data; isfinal ends the document. Returns 1."""
        if self._finished:
            err = ExpatError("parsing finished: line %d, column %d"
                             % (self._parser._line, self._parser._col))
            err.code = 36
            err.lineno, err.offset = self._parser._line, self._parser._col
            raise err
        if data:
            self._run(lambda: self._parser.feed(data))
        if isfinal:
            self._finished = True
            self._run(self._parser.close)
        return 1

    def ParseFile(self, file):
        """Parse the whole content of a binary file object."""
        while True:
            data = file.read(self.buffer_size)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b'', True)

    def SetParamEntityParsing(self, flag):
        return 0

    def UseForeignDTD(self, flag=True):
        pass

    def GetReparseDeferralEnabled(self):
        return False

    def SetReparseDeferralEnabled(self, enabled):
        pass


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """Return a new XML parser object."""
    return XMLParserType(encoding, namespace_separator)
