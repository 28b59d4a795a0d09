"""xml.sax.expatreader (ftpy): the SAX driver, on xml.parsers.expat."""

from . import handler, xmlreader
from ._exceptions import (SAXParseException, SAXNotRecognizedException,
                          SAXNotSupportedException, SAXException)
from xml.parsers import expat

version = "0.20"
AttributesImpl = xmlreader.AttributesImpl
AttributesNSImpl = xmlreader.AttributesNSImpl


class ExpatLocator(xmlreader.Locator):
    def __init__(self, parser):
        self._parser = parser

    def getColumnNumber(self):
        if self._parser._parser is None:
            return None
        return self._parser._parser.ErrorColumnNumber if self._parser._failed else self._parser._parser.CurrentColumnNumber

    def getLineNumber(self):
        if self._parser._parser is None:
            return 1
        return self._parser._parser.ErrorLineNumber if self._parser._failed else self._parser._parser.CurrentLineNumber

    def getPublicId(self):
        return self._parser._source.getPublicId()

    def getSystemId(self):
        return self._parser._source.getSystemId()


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """SAX driver for the expat-style parser."""

    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        xmlreader.IncrementalParser.__init__(self, bufsize)
        self._source = xmlreader.InputSource()
        self._parser = None
        self._namespaces = namespaceHandling
        self._lex_handler_prop = None
        self._parsing = False
        self._failed = False

    def parse(self, source):
        from . import saxutils
        source = saxutils.prepare_input_source(source)
        self._source = source
        try:
            self.reset()
            self._cont_handler.setDocumentLocator(ExpatLocator(self))
            xmlreader.IncrementalParser.parse(self, source)
        except:
            self._close_source()
            raise

    def prepareParser(self, source):
        if source.getSystemId() is not None:
            pass

    def getFeature(self, name):
        if name == handler.feature_namespaces:
            return self._namespaces
        if name in (handler.feature_validation, handler.feature_external_pes,
                    handler.feature_namespace_prefixes, handler.feature_external_ges,
                    handler.feature_string_interning):
            return 0
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name == handler.feature_namespaces:
            self._namespaces = state
        elif name in (handler.feature_validation, handler.feature_external_pes,
                      handler.feature_namespace_prefixes, handler.feature_string_interning):
            if state:
                raise SAXNotSupportedException("expat does not support %s" % name)
        elif name == handler.feature_external_ges:
            pass
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == handler.property_lexical_handler:
            return self._lex_handler_prop
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == handler.property_lexical_handler:
            self._lex_handler_prop = value
            if self._parsing:
                self._reset_lex_handler_prop()
        else:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def feed(self, data, isFinal=False):
        if not self._parsing:
            self.reset()
            self._parsing = True
            self._cont_handler.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as e:
            self._failed = True
            exc = SAXParseException(expat.ErrorString(e.code), e, self)
            self._err_handler.fatalError(exc)

    def _close_source(self):
        source = self._source
        try:
            file = source.getCharacterStream()
            if file is not None:
                file.close()
        finally:
            file = source.getByteStream()
            if file is not None:
                file.close()

    def close(self):
        if self._parsing is False or self._parser is None:
            return
        try:
            self.feed(b"", isFinal=True)
            self._cont_handler.endDocument()
            self._parsing = False
            self._parser = None
        finally:
            self._parsing = False
            if self._parser is not None:
                self._parser = None
            self._close_source()

    def _reset_lex_handler_prop(self):
        lex = self._lex_handler_prop
        parser = self._parser
        if lex is None:
            parser.CommentHandler = None
            parser.StartCdataSectionHandler = None
            parser.EndCdataSectionHandler = None
        else:
            parser.CommentHandler = lex.comment
            parser.StartCdataSectionHandler = lex.startCDATA
            parser.EndCdataSectionHandler = lex.endCDATA

    def reset(self):
        if self._namespaces:
            self._parser = expat.ParserCreate(self._source.getEncoding(), " ")
            self._parser.namespace_prefixes = 1
            self._parser.StartElementHandler = self.start_element_ns
            self._parser.EndElementHandler = self.end_element_ns
        else:
            self._parser = expat.ParserCreate(self._source.getEncoding())
            self._parser.StartElementHandler = self._cont_handler.startElement and self.start_element
            self._parser.EndElementHandler = self.end_element
        self._parser.ProcessingInstructionHandler = self._cont_handler.processingInstruction
        self._parser.CharacterDataHandler = self._cont_handler.characters
        self._parser.StartNamespaceDeclHandler = self.start_namespace_decl
        self._parser.EndNamespaceDeclHandler = self.end_namespace_decl
        self._reset_lex_handler_prop()
        self._parsing = False
        self._failed = False

    def getColumnNumber(self):
        if self._parser is None:
            return None
        return self._parser.CurrentColumnNumber

    def getLineNumber(self):
        if self._parser is None:
            return 1
        return self._parser.CurrentLineNumber

    def getPublicId(self):
        return self._source.getPublicId()

    def getSystemId(self):
        return self._source.getSystemId()

    def start_element(self, name, attrs):
        self._cont_handler.startElement(name, AttributesImpl(attrs))

    def end_element(self, name):
        self._cont_handler.endElement(name)

    def start_element_ns(self, name, attrs):
        pair = name.split()
        if len(pair) == 1:
            pair = (None, name)
        elif len(pair) == 3:
            pair = pair[0], pair[1]
        else:
            pair = tuple(pair)
        newattrs = {}
        qnames = {}
        for (aname, value) in attrs.items():
            parts = aname.split()
            length = len(parts)
            if length == 1:
                qname = aname
                apair = (None, aname)
            elif length == 3:
                qname = "%s:%s" % (parts[2], parts[1])
                apair = parts[0], parts[1]
            else:
                apair = tuple(parts)
                qname = parts[1]
            newattrs[apair] = value
            qnames[apair] = qname
        self._cont_handler.startElementNS(pair, None, AttributesNSImpl(newattrs, qnames))

    def end_element_ns(self, name):
        pair = name.split()
        if len(pair) == 1:
            pair = (None, name)
        elif len(pair) == 3:
            pair = pair[0], pair[1]
        else:
            pair = tuple(pair)
        self._cont_handler.endElementNS(pair, None)

    def start_namespace_decl(self, prefix, uri):
        self._cont_handler.startPrefixMapping(prefix, uri)

    def end_namespace_decl(self, prefix):
        self._cont_handler.endPrefixMapping(prefix)


def create_parser(*args, **kwargs):
    return ExpatParser(*args, **kwargs)
