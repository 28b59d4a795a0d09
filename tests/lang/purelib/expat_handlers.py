import xml.parsers.expat as expat

def run(doc, sep=None, ordered=False, chunks=None, prefixes=False):
    p = expat.ParserCreate(namespace_separator=sep)
    p.buffer_text = True
    p.ordered_attributes = ordered
    p.namespace_prefixes = prefixes
    log = []
    p.StartElementHandler = lambda name, attrs: log.append(('start', name, attrs))
    p.EndElementHandler = lambda name: log.append(('end', name))
    p.CharacterDataHandler = lambda data: log.append(('data', data))
    p.CommentHandler = lambda data: log.append(('comment', data))
    p.ProcessingInstructionHandler = lambda t, d: log.append(('pi', t, d))
    p.StartNamespaceDeclHandler = lambda prefix, uri: log.append(('ns', prefix, uri))
    p.EndNamespaceDeclHandler = lambda prefix: log.append(('endns', prefix))
    p.StartCdataSectionHandler = lambda: log.append(('cdata-start',))
    p.EndCdataSectionHandler = lambda: log.append(('cdata-end',))
    try:
        if chunks:
            for c in chunks:
                p.Parse(c)
            p.Parse(b'', True)
        else:
            p.Parse(doc, True)
    except expat.ExpatError as e:
        log.append(('error', str(e), e.code, e.lineno, e.offset, p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber))
    for entry in log:
        print('   ', entry)

docs = ['<a x="1" y="2">text<b/>tail<!--c--><?p d?></a>',
        '<root xmlns="urn:d" xmlns:q="urn:q"><q:item q:attr="v" plain="p">x</q:item><other/></root>',
        '<a><![CDATA[<raw>]]></a>',
        '<a>&lt;&amp;&#65;</a>',
        '<a><b></a>', '<a>', '<a/>x', '<a x="1" x="2"/>']
for d in docs:
    print(repr(d))
    run(d)
    run(d, sep=' ')
run('<a b="1" c="2"/>', ordered=True)
run('<p:a xmlns:p="urn:p" p:x="1"/>', sep='|', prefixes=True)
run(None, chunks=[b'<a>he', b'llo</a', b'>'])
p = expat.ParserCreate()
p.Parse('<a/>', True)
try:
    p.Parse('<b/>', True)
except expat.ExpatError as e:
    print('ExpatError', e.code)
print(expat.ErrorString(7), expat.errors.XML_ERROR_TAG_MISMATCH, expat.errors.codes['mismatched tag'], expat.errors.messages[3], expat.error is expat.ExpatError)
try:
    expat.ParserCreate(namespace_separator='ab')
except ValueError as e:
    print('ValueError', e)
