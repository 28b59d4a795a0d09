import xml.etree.ElementTree as ET
import io, os, tempfile

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

src = '''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE catalog [
  <!ENTITY pub "Ftpy Press">
]>
<!-- leading comment -->
<catalog xmlns:dc="http://purl.org/dc/elements/1.1/" region="eu">
  <book id="b1" lang="en">
    <title>First &amp; Foremost</title>
    <dc:creator>Ann</dc:creator>
    <price currency="EUR">10.50</price>
    <publisher>&pub;</publisher>
  </book>
  <book id="b2" lang="fr">
    <title>Deuxi&#232;me</title>
    <price currency="USD">7</price>
    <tags><tag>a</tag><tag>b</tag></tags>
  </book>
  <book id="b3"><title><![CDATA[<raw> & stuff]]></title><?proc instr?></book>
  <magazine id="m1"><title>Monthly</title></magazine>
</catalog>
'''
root = ET.fromstring(src)
print(root.tag, root.attrib, repr(root.text), len(root))
for path in ['book', './book', 'book/title', './/title', '*', '*/title', './/tag', 'book[@id]', "book[@id='b2']", "book[@lang!='en']",
             'book[price]', "book[title='Monthly']", "*[title='Monthly']", "book[tags]", 'book[1]', 'book[2]', 'book[last()]',
             'book[last()-1]', '.', '..', 'book/..', './/price[@currency="USD"]', '{http://purl.org/dc/elements/1.1/}creator',
             './/{http://purl.org/dc/elements/1.1/}creator', './/dc:creator', './/{*}creator', './/{*}title', './/{}title',
             "book/title[.='Deuxième']", "book[.!='x']", '*/*', 'book//tag', 'nosuch', 'book/', './/tags/tag[2]']:
    try:
        found = root.findall(path, namespaces={'dc': 'http://purl.org/dc/elements/1.1/'})
        print(repr(path), [(e.tag, e.get('id') or e.text) for e in found])
    except SyntaxError as e:
        print(repr(path), 'SyntaxError', e)
for bad in ['/book', 'book[@]', 'book[0]', 'book[last()+1]', 'undefined:x', 'book[foo()]', '//']:
    show('bad ' + bad, lambda: root.findall(bad))
print(root.find('book').get('id'), root.find('nosuch'), root.findtext('book/title'), root.findtext('nosuch', 'dflt'),
      repr(root.findtext('book/tags')), root.findtext('book/price'))
print([e.get('id') for e in root.iterfind('book')])
print(root.find('book/publisher').text, root.findall('book')[2].find('title').text)
tree = ET.ElementTree(root)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(len(tree.findall('/catalog/book')) if False else len(tree.findall('./book')), tree.find('book').get('id'), tree.findtext('book/title'))
    print(len(tree.findall('//book')))
print([x.category.__name__ for x in w])

# parsing details
for s in ['<a>x<b/>y<c>z</c>w</a>', '<a  b = "1"\n c=\'2\'/>', '<a>\r\nline\rnext</a>', '<a x="&lt;&#x41;&#65;"/>',
          '<a xmlns="http://d"><b xmlns=""><c/></b><d/></a>', '<p:a xmlns:p="u1"><p:b p:att="1" att="2"/></p:a>',
          '<a>&lt;&gt;&amp;&quot;&apos;</a>', '<?xml version="1.0" encoding="ISO-8859-1"?><a>caf\xe9</a>'.encode('latin-1'),
          '<a>\u4e2d\u6587</a>'.encode('utf-8'), '<a><!--c--><?pi x?>t</a>']:
    e = ET.fromstring(s)
    print(repr(s), ET.tostring(e, encoding='unicode'), [(x.tag, x.attrib, x.text, x.tail) for x in e.iter() if isinstance(x.tag, str)])

# TreeBuilder with comments and PIs
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed('<a><!--c--><?pi x?>t</a>')
r = p.close()
print([(x.tag if isinstance(x.tag, str) else x.tag.__name__, x.text, x.tail) for x in r])

# custom target
class Target:
    def __init__(self): self.log = []
    def start(self, tag, attrib): self.log.append(('start', tag, attrib))
    def end(self, tag): self.log.append(('end', tag))
    def data(self, data): self.log.append(('data', data))
    def comment(self, text): self.log.append(('comment', text))
    def pi(self, target, data): self.log.append(('pi', target, data))
    def start_ns(self, prefix, uri): self.log.append(('start_ns', prefix, uri))
    def end_ns(self, prefix): self.log.append(('end_ns', prefix))
    def doctype(self, name, pubid, system): self.log.append(('doctype', name, pubid, system))
    def close(self): return 'closed'
t = Target()
p = ET.XMLParser(target=t)
p.feed('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">')
p.feed('<x:root xmlns:x="urn:x" a="1"><!-- hi --><?go now?>text<x:k/></x:root>')
print(p.close())
for entry in t.log:
    print('  ', entry)

# incremental feeding one character at a time
p = ET.XMLParser()
for ch in src:
    p.feed(ch)
r2 = p.close()
print(ET.tostring(r2) == ET.tostring(root))
p = ET.XMLParser()
for i in range(len(src.encode())):
    p.feed(src.encode()[i:i + 1])
print(ET.tostring(p.close()) == ET.tostring(root))

# XMLPullParser and iterparse
pp = ET.XMLPullParser(events=('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi'))
pp.feed('<r xmlns:q="urn:q"><q:a>1</q:a><!--c-->')
for ev, el in pp.read_events():
    print('pull', ev, el if ev in ('start-ns', 'end-ns') else (el.tag if isinstance(el.tag, str) else el.tag.__name__))
pp.feed('<?p d?><b/></r>')
pp.close()
print([(ev, (el.tag if isinstance(el.tag, str) else el.tag.__name__) if hasattr(el, 'tag') else el) for ev, el in pp.read_events()])
show('pull bad event', lambda: ET.XMLPullParser(events=('bogus',)))
pp = ET.XMLPullParser()
pp.feed('<a><b></c></a>')
show('pull error', lambda: list(pp.read_events()))

d = tempfile.mkdtemp()
path = os.path.join(d, 'doc.xml')
with open(path, 'w', encoding='utf-8') as f:
    f.write(src)
tree = ET.parse(path)
print(tree.getroot().tag, len(tree.getroot()))
it = ET.iterparse(path, events=('start', 'end'))
count = 0
for ev, el in it:
    if ev == 'end' and el.tag == 'book':
        count += 1
        el.clear()
print(count, it.root.tag)
print([(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(b'<a><b/><c/></a>'))])
print([(ev, el) for ev, el in ET.iterparse(io.StringIO('<a xmlns="u"/>'), events=['start-ns', 'end-ns'])])
try:
    for ev, el in ET.iterparse(io.BytesIO(b'<a><b></a>')):
        print('got', ev, el.tag)
except ET.ParseError as e:
    print('ParseError', e, e.code, e.position)
out = os.path.join(d, 'out.xml')
tree.write(out, encoding='utf-8', xml_declaration=True)
with open(out, 'rb') as f:
    data = f.read()
print(data[:60], len(data) > 100)
tree.write(out)
print(ET.parse(out).getroot().find('book/title').text)
r, ids = ET.XMLID('<a id="x"><b id="y"/><c/></a>')
print(r.tag, sorted(ids))
print(ET.fromstringlist(['<a>', '<b>t</b>', '</a>']).find('b').text)
parser = ET.XMLParser()
parser.entity['custom'] = 'CUSTOM'
show('parser entity', lambda: ET.fromstring('<a>&custom;</a>', parser=parser).text)
parser = ET.XMLParser()
parser.entity['custom'] = 'CUSTOM'
show('parser entity dtd', lambda: ET.fromstring('<!DOCTYPE a SYSTEM "a.dtd"><a>&custom;</a>', parser=parser).text)
show('parser entity dtd missing', lambda: ET.fromstring('<!DOCTYPE a SYSTEM "a.dtd"><a>&other;</a>').text)
for bad in ['<a>', '<a></b>', '<a/><b/>', '<a x="1" x="2"/>', '<p:a/>', '<a>&#0;</a>', '<a>&nope;</a>', '', '<a><![CDATA[x</a>']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), 'ParseError', e, e.code, e.position, isinstance(e, SyntaxError))
for n in os.listdir(d):
    os.remove(os.path.join(d, n))
os.rmdir(d)
