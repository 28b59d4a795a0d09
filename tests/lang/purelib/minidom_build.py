from xml.dom import minidom
import xml.dom

doc = minidom.parseString('''<library>
  <shelf name="A">
    <book isbn="1"><title>Alpha</title><year>2001</year></book>
    <book isbn="2"><title>Beta</title><year>1999</year></book>
  </shelf>
  <shelf name="B">
    <book isbn="3"><title>Gamma</title><year>2010</year></book>
  </shelf>
</library>''')
books = doc.getElementsByTagName('book')
print(len(books))
for b in books:
    title = b.getElementsByTagName('title')[0].firstChild.data
    year = int(b.getElementsByTagName('year')[0].firstChild.nodeValue)
    print(b.getAttribute('isbn'), title, year, b.parentNode.getAttribute('name'))
# sort the books of shelf A by year, in place
shelf = doc.getElementsByTagName('shelf')[0]
bks = [n for n in shelf.childNodes if n.nodeType == n.ELEMENT_NODE]
for b in bks:
    shelf.removeChild(b)
for b in sorted(bks, key=lambda b: b.getElementsByTagName('year')[0].firstChild.data):
    shelf.appendChild(b)
print([b.getAttribute('isbn') for b in shelf.getElementsByTagName('book')])
# strip whitespace-only text nodes and pretty-print
def strip(node):
    for c in list(node.childNodes):
        if c.nodeType == c.TEXT_NODE and not c.data.strip():
            node.removeChild(c)
        else:
            strip(c)
strip(doc)
print(doc.toprettyxml(indent='  '))
print(doc.documentElement.toxml())
new = doc.createElement('book')
new.setAttribute('isbn', '4')
t = doc.createElement('title')
t.appendChild(doc.createTextNode('Delta & "Epsilon"'))
new.appendChild(t)
doc.getElementsByTagName('shelf')[1].insertBefore(new, None)
print(doc.getElementsByTagName('shelf')[1].toxml())
print(doc.toxml(encoding='ascii')[:40])
e = doc.createElement('e')
e.setAttribute('a', '1'); e.setAttribute('a', '2'); e.setAttribute('b', 'x\ny')
print(e.toxml(), e.attributes.length, [a.value for a in e.attributes.values()])
node = e.attributes.item(0)
print(node.nodeName, node.nodeValue, node.localName, node.prefix, node.namespaceURI)
e.removeAttributeNode(e.getAttributeNode('a'))
print(e.toxml(), e.hasAttributes())
try:
    e.removeAttributeNode(None)
except xml.dom.NotFoundErr as ex:
    print('NotFoundErr', ex.code)
print(minidom.parseString('<a>  <b/>\n</a>').documentElement.childNodes.length)
print(minidom.parseString('<a>x<!--c-->y</a>').documentElement.toxml())
