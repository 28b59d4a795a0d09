import xml.sax, io
from xml.sax import saxutils, handler
from xml.sax.saxutils import escape, unescape, quoteattr, XMLGenerator

print(escape('a < b & c > d'), escape('x"y', {'"': '&quot;'}), unescape('&lt;&amp;lt;&gt;&amp;'), unescape('&quot;', {'&quot;': '"'}))
for v in ['plain', 'say "hi"', "it's", 'both "a" and \'b\'', 'line\nbreak\ttab']:
    print(quoteattr(v))

class H(handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.log = []
        self.text = []
    def startDocument(self): self.log.append('startDocument')
    def endDocument(self): self.log.append('endDocument')
    def startElement(self, name, attrs):
        self.flush()
        self.log.append(('start', name, sorted(attrs.items()), attrs.getLength(), attrs.getNames()))
    def endElement(self, name):
        self.flush()
        self.log.append(('end', name))
    def startElementNS(self, name, qname, attrs):
        self.flush()
        self.log.append(('startNS', name, sorted(attrs.items(), key=str), sorted(attrs.getQNames())))
    def endElementNS(self, name, qname):
        self.flush()
        self.log.append(('endNS', name))
    def startPrefixMapping(self, prefix, uri): self.log.append(('prefix', prefix, uri))
    def endPrefixMapping(self, prefix): self.log.append(('endprefix', prefix))
    def characters(self, content): self.text.append(content)
    def processingInstruction(self, target, data): self.log.append(('pi', target, data))
    def flush(self):
        if self.text:
            self.log.append(('chars', ''.join(self.text)))
            self.text = []

doc = '<?xml version="1.0"?><root a="1" b="&amp;"><item id="x">Hello &lt;world&gt;</item><?pi data?><empty/></root>'
h = H()
xml.sax.parseString(doc, h)
for e in h.log: print('  ', e)
h = H()
xml.sax.parseString(doc.encode(), h)
print(len(h.log))

nsdoc = '<r xmlns="urn:d" xmlns:p="urn:p"><p:a p:x="1" y="2">t</p:a></r>'
h = H()
p = xml.sax.make_parser()
p.setFeature(handler.feature_namespaces, True)
p.setContentHandler(h)
p.parse(io.StringIO(nsdoc))
for e in h.log: print('  ', e)
print(p.getFeature(handler.feature_namespaces))
try:
    p.setFeature('http://bogus', 1)
except xml.sax.SAXNotRecognizedException as e:
    print('SAXNotRecognizedException', e)

for bad in ['<a><b></a>', '<a>', '<a x="1" x="2"/>']:
    try:
        xml.sax.parseString(bad, H())
    except xml.sax.SAXParseException as e:
        print('SAXParseException', str(e), e.getLineNumber(), e.getColumnNumber(), e.getMessage())

class Collect(handler.ErrorHandler):
    def fatalError(self, exc):
        print('fatal via handler:', exc.getMessage())
        raise exc
try:
    xml.sax.parseString('<a></b>', H(), Collect())
except xml.sax.SAXParseException:
    print('raised')

out = io.StringIO()
g = XMLGenerator(out, 'utf-8')
g.startDocument()
g.startElement('root', {'k': 'v "q"'})
g.characters('text & <stuff>')
g.startElement('empty', {})
g.endElement('empty')
g.processingInstruction('go', 'now')
g.endElement('root')
g.endDocument()
print(out.getvalue())
out = io.BytesIO()
g = XMLGenerator(out, 'ascii', short_empty_elements=True)
g.startDocument()
g.startPrefixMapping('p', 'urn:p')
g.startElementNS(('urn:p', 'el'), 'p:el', {('urn:p', 'at'): '1', (None, 'plain'): '\u00e9'})
g.startElementNS((None, 'child'), 'child', {})
g.endElementNS((None, 'child'), 'child')
g.characters('\u4e2d')
g.endElementNS(('urn:p', 'el'), 'p:el')
g.endPrefixMapping('p')
g.endDocument()
print(out.getvalue())
# round trip through a filter
out = io.StringIO()
f = saxutils.XMLFilterBase(xml.sax.make_parser())
f.setContentHandler(XMLGenerator(out, 'utf-8'))
f.parse(io.StringIO('<a x="1"><b>t</b></a>'))
print(out.getvalue())
src = xml.sax.InputSource('sysid')
print(src.getSystemId(), src.getByteStream(), src.getEncoding())
