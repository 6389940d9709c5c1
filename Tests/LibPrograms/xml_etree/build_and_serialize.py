import copy
import io
import xml.etree.ElementTree as ET


def tags(elem):
    return [e.tag if isinstance(e.tag, str) else e.tag.__name__ for e in elem]


root = ET.Element('catalog', {'version': '2'}, lang='en')
book = ET.SubElement(root, 'book', id='b1')
ET.SubElement(book, 'title').text = 'Dune & <Friends>'
ET.SubElement(book, 'price', currency='EUR').text = '9.99'
book.tail = '\n'
second = ET.Element('book', id='b2')
second.text = 'plain "quoted" text'
root.append(second)
root.insert(0, ET.Comment(' books follow '))
root.append(ET.PI('xml-stylesheet', 'href="s.css"'))
root.set('note', 'a\tb\nc "q" <x> & y')
print(len(root), root.tag, sorted(root.keys()), root.get('lang'), root.get('missing', 'dflt'))
print(root.items()[:2], root[1].tag, [e.tag for e in root[1:3]], root[-1].text)
print(ET.tostring(root))
print(ET.tostring(root, encoding='unicode'))
print(ET.tostring(root, encoding='unicode', short_empty_elements=False)[-60:])
print(ET.tostring(root, method='html'))
print(ET.tostring(root, method='text'))
print(ET.tostring(ET.Element('caf\u00e9', v='\u20ac')), ET.tostring(ET.Element('x', v='\u00e9'), encoding='utf-8'))
print(ET.tostring(ET.Element('x', v='\u00e9'), encoding='latin-1'))
print(ET.tostring(ET.Element('x'), encoding='unicode', xml_declaration=True))
print(ET.tostring(ET.Element('x'), xml_declaration=True))
print(ET.tostringlist(book, encoding='unicode'), ET.tostringlist(book), ET.tostringlist(book, encoding='unicode', method='text'))
html = ET.Element('html')
body = ET.SubElement(html, 'body')
ET.SubElement(body, 'br')
script = ET.SubElement(body, 'script')
script.text = 'if (a < b) {}'
ET.SubElement(body, 'p', title='x>y & "z"').text = 'a < b'
print(ET.tostring(html, method='html', encoding='unicode'))

ns = ET.Element('{urn:a}root')
ET.SubElement(ns, '{urn:b}child', {'{urn:a}attr': 'v', 'plain': 'p'})
ET.SubElement(ns, '{http://www.w3.org/2001/XMLSchema}type')
ET.SubElement(ns, '{http://www.w3.org/XML/1998/namespace}lang')
print(ET.tostring(ns, encoding='unicode'))
ET.register_namespace('aa', 'urn:a')
print(ET.tostring(ns, encoding='unicode'))
print(ET.tostring(ET.Element('{urn:d}r'), encoding='unicode', default_namespace='urn:d'))
q = ET.QName('urn:q', 'name')
print(q, q.text, q == '{urn:q}name', q == ET.QName('{urn:q}name'), q < ET.QName('{urn:r}a'))
qe = ET.Element(q)
qe.set('ref', ET.QName('urn:q', 'other'))
print(ET.tostring(qe, encoding='unicode'))

tree = ET.ElementTree(root)
out = io.BytesIO()
tree.write(out, encoding='utf-8', xml_declaration=True)
print(out.getvalue()[:60])
sout = io.StringIO()
tree.write(sout, encoding='unicode', method='xml')
print(len(sout.getvalue()) == len(ET.tostring(root, encoding='unicode')))

pretty = ET.fromstring('<a><b><c>x</c><d/></b><e>text</e></a>')
ET.indent(pretty)
print(ET.tostring(pretty, encoding='unicode'))
ET.indent(pretty, space='\t', level=1)
print(repr(ET.tostring(pretty, encoding='unicode')))
ET.dump(ET.fromstring('<z a="1">t</z>'))

c1 = copy.copy(book)
c2 = copy.deepcopy(book)
c1.set('id', 'copy')
c2[0].text = 'deep'
print(book.get('id'), c1.get('id'), book[0].text, c1[0] is book[0], c2[0] is book[0], c2[0].text)
del root[0]
print(tags(root), ET.iselement(root), ET.iselement('x'))
root[0] = ET.Element('replaced')
root[1:2] = [ET.Element('s1'), ET.Element('s2')]
print(tags(root))
root.remove(root[0])
root.extend([ET.Element('x1'), ET.Element('x2')])
print(tags(root))
root.clear()
print(len(root), root.attrib, root.text, root.tail)

for f in [lambda: root.append('s'), lambda: root.insert(0, 's'), lambda: root.extend(['s']),
          lambda: root.remove(ET.Element('z')), lambda: root[5], lambda: ET.SubElement('x', 'y'),
          lambda: root.__setitem__(0, 'x'), lambda: ET.Element('a', 'notdict'),
          lambda: ET.tostring(ET.Element(5)), lambda: ET.tostring(ET.Element('a', x=3)),
          lambda: ET.tostring(ET.Element('a'), method='bogus'),
          lambda: ET.tostring(ET.Element('a'), default_namespace='urn:x'),
          lambda: ET.register_namespace('ns3', 'urn:x'), lambda: ET.indent(root, level=-2),
          lambda: ET.SubElement(root, 'b', 'x'), lambda: root.__delitem__(9)]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
