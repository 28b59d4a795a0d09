import xml.etree.ElementTree as ET
import io, copy

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

root = ET.Element('root', {'version': '1.0'}, id='r')
a = ET.SubElement(root, 'item', name='first')
a.text = 'one & <two>'
b = ET.SubElement(root, 'item', {'name': 'second', 'q': 'say "hi"\n\ttab'})
b.tail = '\n'
c = ET.SubElement(b, 'child')
c.text = 'x'
c.tail = 'after'
root.append(ET.Comment(' a comment '))
root.append(ET.PI('target', 'do this'))
e = ET.Element('empty')
root.insert(0, e)
print(ET.tostring(root))
print(ET.tostring(root, encoding='unicode'))
print(ET.tostring(root, encoding='unicode', short_empty_elements=False))
print(ET.tostring(root, encoding='unicode', method='text'))
print(ET.tostring(root, encoding='unicode', method='html'))
print(ET.tostring(root, encoding='utf-8'))
print(ET.tostring(root, encoding='utf-8', xml_declaration=True)[:60])
print(ET.tostring(ET.Element('u', v='\u00e9\u4e2d'), encoding='us-ascii'))
print(ET.tostring(ET.Element('u', v='\u00e9'), encoding='latin-1'))
print(''.join(ET.tostringlist(a, encoding='unicode')))
show('bad method', lambda: ET.tostring(root, method='bogus'))
show('serialize int', lambda: ET.tostring(ET.Element(5)))
x = ET.Element('x'); x.text = 5
show('serialize int text', lambda: ET.tostring(x))

print(len(root), root.tag, root.attrib, root.get('id'), root.get('nope', 'dflt'), sorted(root.keys()), sorted(root.items()))
print([ch.tag if isinstance(ch.tag, str) else ch.tag.__name__ for ch in root], root[1].get('name'), [e.tag for e in root[1:3]], root[-1].tag is ET.PI)
print([el.tag for el in root.iter()][:5], [el.get('name') for el in root.iter('item')], list(root.itertext()))
root.set('new', 'v')
del root[0]
print([ch.tag if isinstance(ch.tag, str) else ch.tag.__name__ for ch in root], root.attrib)
show('append str', lambda: root.append('x'))
show('insert int', lambda: root.insert(0, 5))
show('setitem bad', lambda: root.__setitem__(0, 'x'))
show('setitem slice bad', lambda: root.__setitem__(slice(0, 1), ['x']))
show('remove missing', lambda: root.remove(ET.Element('zz')))
show('attrib not dict', lambda: ET.Element('a', 5))
show('index', lambda: root[10])
root.remove(root[-1])
root.extend([ET.Element('e1'), ET.Element('e2')])
root[-1:] = [ET.Element('e3')]
print([ch.tag if isinstance(ch.tag, str) else 'special' for ch in root])
cp = copy.copy(root)
dc = copy.deepcopy(root)
cp.append(ET.Element('only-in-copy'))
dc[0].set('changed', '1')
print(len(root), len(cp), root[0].get('changed'), dc[0].get('changed'), cp[0] is root[0], dc[0] is root[0])
m = root.makeelement('made', {'k': 'v'})
print(m.tag, m.attrib, ET.iselement(m), ET.iselement('x'))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(bool(ET.Element('z')), bool(root))
print([str(x.category.__name__) for x in w])
root.clear()
print(root.attrib, len(root), root.text, root.tail)

q = ET.QName('http://ns', 'tag')
print(q, repr(q), q == '{http://ns}tag', q == ET.QName('{http://ns}tag'), q < ET.QName('{zz}a'), hash(q) == hash('{http://ns}tag'))
nsroot = ET.Element(q, {ET.QName('http://ns', 'attr'): 'v', '{http://www.w3.org/XML/1998/namespace}lang': 'en'})
ET.SubElement(nsroot, '{http://other}child').text = 'c'
ET.SubElement(nsroot, '{http://www.w3.org/2001/XMLSchema}el')
print(ET.tostring(nsroot, encoding='unicode'))
show('default ns', lambda: ET.tostring(nsroot, encoding='unicode', default_namespace='http://ns'))
show('default ns unqualified', lambda: ET.tostring(ET.Element('plain'), default_namespace='http://ns'))
ET.register_namespace('my', 'http://ns')
print(ET.tostring(nsroot, encoding='unicode'))
show('register reserved', lambda: ET.register_namespace('ns5', 'http://x'))

doc = ET.fromstring('<r><a><b>1</b><b>2</b></a><a><b>3</b></a></r>')
ET.indent(doc)
print(ET.tostring(doc, encoding='unicode'))
ET.indent(doc, space='\t', level=1)
print(repr(ET.tostring(doc, encoding='unicode')))
show('indent neg', lambda: ET.indent(doc, level=-1))
tree = ET.ElementTree(doc)
buf = io.BytesIO()
tree.write(buf, encoding='utf-8', xml_declaration=True)
print(buf.getvalue()[:50])
sbuf = io.StringIO()
tree.write(sbuf, encoding='unicode')
print(len(sbuf.getvalue()))
ET.dump(ET.fromstring('<d a="1">t</d>'))
show('tree root', lambda: ET.ElementTree('x').getroot())
show('subelement bad', lambda: ET.SubElement('x', 'a'))
show('subelement attrib', lambda: ET.SubElement(ET.Element('p'), 'a', 5))
show('remove str', lambda: ET.Element('p').remove('x'))
show('del', lambda: ET.Element('p').__delitem__(3))
show('extend', lambda: ET.Element('p').extend(['x']))
