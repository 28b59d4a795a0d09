from xml.dom import minidom
import xml.dom

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = minidom.parseString('<?xml version="1.0"?><!DOCTYPE r SYSTEM "r.dtd"><!--c--><r xmlns:p="u" a="1&#10;x" b="&quot;"><p:x p:y="2">t&amp;u</p:x><![CDATA[<cd>]]><?pi data?><e/>  </r>')
print(repr(d.toxml()))
print(d.toprettyxml(indent='  '))
r = d.documentElement
print([(n.nodeType, n.nodeName, n.nodeValue) for n in r.childNodes])
x = r.firstChild
print(x.tagName, x.prefix, x.localName, x.namespaceURI, x.attributes.items(), list(r.attributes.keys()), r.getAttribute('a'), repr(r.getAttribute('zz')))
print(d.doctype.name, d.doctype.systemId, d.doctype.publicId, d.doctype.internalSubset, d.nodeName, d.documentElement.tagName)
print(repr(x.firstChild), repr(d.childNodes[1]), repr(r.childNodes[1]))
print(d.toxml(encoding='utf-8'))
print(minidom.Document().toxml(), minidom.Document().toxml(standalone=True))
print(x.parentNode is r, x.nextSibling.nodeName, x.previousSibling, r.lastChild.nodeType, r.hasChildNodes(), x.firstChild.hasChildNodes())
attr = r.getAttributeNode('a')
print(attr.name, attr.value, attr.nodeType, attr.ownerElement is r, x.getAttributeNS('u', 'y'), x.hasAttributeNS('u', 'y'), r.hasAttribute('b'))
print(len(r.attributes), r.attributes.length, r.attributes.item(0).name, r.attributes['a'].value, r.attributes.get('zz'), 'a' in r.attributes)

doc = minidom.Document()
root = doc.createElement('root')
doc.appendChild(root)
root.setAttribute('id', '42')
root.setAttribute('q', 'a"b<c>\t&')
for i in range(3):
    item = doc.createElement('item')
    item.appendChild(doc.createTextNode('text %d & <more>' % i))
    root.appendChild(item)
root.appendChild(doc.createComment(' note '))
root.appendChild(doc.createProcessingInstruction('xml-stylesheet', 'href="s.css"'))
root.appendChild(doc.createCDATASection('raw <data>'))
print(doc.toxml())
print(doc.toprettyxml())
print(doc.toprettyxml(indent='', newl=''))
items = doc.getElementsByTagName('item')
print(len(items), items.length, items.item(1).firstChild.data, items.item(9), [i.firstChild.data for i in root.getElementsByTagName('*') if i.firstChild])
root.removeChild(items[0])
root.insertBefore(doc.createElement('first'), root.firstChild)
new = doc.createElement('replacement')
old = root.replaceChild(new, items[2])
print(old.tagName, [n.nodeName for n in root.childNodes])
root.removeAttribute('q')
show('remove missing attr', lambda: root.removeAttribute('q'))
show('remove non-child', lambda: root.removeChild(doc.createElement('z')))
show('two roots', lambda: doc.appendChild(doc.createElement('second')))
try:
    doc.appendChild(doc.createTextNode('x'))
except xml.dom.HierarchyRequestErr as e:
    print('HierarchyRequestErr', str(e).split(' cannot')[0])
show('child of text', lambda: doc.createTextNode('x').appendChild(doc.createElement('y')))
show('bad comment', lambda: doc.createComment('a--b').toxml())
show('bad cdata', lambda: doc.createCDATASection('a]]>b').toxml())
show('text non-str', lambda: doc.createTextNode(5))
t = doc.createTextNode('hello world')
new.appendChild(t)
t2 = t.splitText(5)
print(repr(t.data), repr(t2.data), [c.data for c in new.childNodes], t.wholeText, t.length, len(t2))
new.appendChild(doc.createTextNode(''))
new.normalize()
print([c.data for c in new.childNodes])
t = new.firstChild
t.appendData('!'); t.insertData(0, '>'); t.replaceData(1, 5, 'HELLO'); print(t.data, t.substringData(1, 3)); t.deleteData(0, 1); print(t.data)
show('bad offset', lambda: t.substringData(100, 1))
clone = root.cloneNode(True)
shallow = root.cloneNode(False)
print(clone.toxml() == root.toxml(), shallow.toxml(), clone.parentNode)
dc = doc.cloneNode(True)
print(dc.toxml() == doc.toxml(), dc.documentElement is not doc.documentElement)
impl = minidom.getDOMImplementation()
nd = impl.createDocument('http://ns', 'p:top', impl.createDocumentType('top', '-//PUB', 'sys.dtd'))
top = nd.documentElement
top.setAttributeNS('http://ns', 'p:attr', 'v')
top.appendChild(nd.createElementNS('http://ns', 'p:kid'))
print(nd.toxml())
print(top.namespaceURI, top.prefix, top.localName, [e.tagName for e in nd.getElementsByTagNameNS('http://ns', 'kid')], nd.doctype.publicId)
print(impl.hasFeature('core', '2.0'), impl.hasFeature('xml', None), impl.hasFeature('events', '2.0'))
print(xml.dom.Node.ELEMENT_NODE, xml.dom.Node.TEXT_NODE, issubclass(xml.dom.NotFoundErr, xml.dom.DOMException), xml.dom.NotFoundErr.code)
frag = doc.createDocumentFragment()
frag.appendChild(doc.createElement('f1')); frag.appendChild(doc.createElement('f2'))
root.appendChild(frag)
print([n.nodeName for n in root.childNodes], len(frag.childNodes))
el = doc.createElement('el'); el.setAttribute('id', 'x'); el.setIdAttribute('id'); root.appendChild(el)
print(doc.getElementById('x') is el, doc.getElementById('nope'))
with minidom.parseString(b'<a><b/></a>') as dd:
    print(dd.documentElement.tagName)
show('parse error', lambda: minidom.parseString('<a><b></a>'))
import xml.parsers.expat as expat
try:
    minidom.parseString('<a>&x;</a>')
except expat.ExpatError as e:
    print('ExpatError', e.code, e.lineno, e.offset, e.args)
import io
print(minidom.parse(io.BytesIO(b'<x y="1">z</x>')).documentElement.toxml())
