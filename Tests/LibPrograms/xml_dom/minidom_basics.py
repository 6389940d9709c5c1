import xml.dom
from xml.dom import minidom
from xml.parsers.expat import ExpatError

src = '''<?xml version="1.0" encoding="utf-8"?>
<!-- catalog -->
<catalog xmlns:x="urn:extra" version="2">
  <book id="b1" lang="en">
    <title>Dive &amp; Learn</title>
    <price currency="EUR">12.50</price>
  </book>
  <book id="b2">
    <title><![CDATA[<Raw> text]]></title>
    <x:note>namespaced</x:note>
  </book>
  <?render fast?>
</catalog>'''

doc = minidom.parseString(src)
root = doc.documentElement
print(doc.version, doc.encoding, doc.standalone, root.tagName, root.getAttribute('version'), repr(root.getAttribute('missing')))
print(doc.toxml())
books = doc.getElementsByTagName('book')
print(len(books), [b.getAttribute('id') for b in books], books.length, books.item(5))
for b in books:
    title = b.getElementsByTagName('title')[0]
    print(repr(title.firstChild.data), title.firstChild.nodeType, title.firstChild.nodeName)
print([(a, v) for a, v in books[0].attributes.items()], books[0].attributes.length, books[0].hasAttribute('lang'))
note = doc.getElementsByTagName('x:note')[0]
print(note.tagName, note.namespaceURI, note.prefix, note.localName, note.firstChild.data)
print([n.nodeType for n in root.childNodes])
print([n.nodeName for n in doc.childNodes], doc.firstChild.data)
pi = root.childNodes[-2]
print(pi.target, pi.data, pi.nodeType == xml.dom.Node.PROCESSING_INSTRUCTION_NODE)
print(root.attributes['x:ns'] if 'x:ns' in root.attributes else 'no x:ns', root.getAttribute('xmlns:x'))

# building a document
impl = minidom.getDOMImplementation()
new = impl.createDocument(None, 'inventory', None)
top = new.documentElement
top.setAttribute('owner', 'Ann "the <boss>"')
for name, qty in [('apple', 3), ('pear', 0)]:
    item = new.createElement('item')
    item.setAttribute('name', name)
    item.setAttribute('qty', str(qty))
    item.appendChild(new.createTextNode('fresh & ripe' if qty else ''))
    top.appendChild(item)
top.appendChild(new.createComment(' end of items '))
empty = new.createElement('empty')
top.appendChild(empty)
print(new.toxml())
print(new.toprettyxml(indent='  '))
print(top.toprettyxml(indent='', newl=''))
print(new.toxml(encoding='utf-8'))
print(new.toprettyxml(indent='\t', standalone=True).splitlines()[0])

# editing
first = top.firstChild
top.removeChild(first)
top.insertBefore(first, empty)
print([c.nodeName for c in top.childNodes])
first.removeAttribute('qty')
print(first.toxml(), first.hasAttribute('qty'))
try:
    first.removeAttribute('qty')
except xml.dom.NotFoundErr as e:
    print('NotFoundErr', e.code)
first.appendChild(new.createTextNode(' and sweet'))
print(len(first.childNodes), end=' ')
first.normalize()
print(len(first.childNodes), first.firstChild.data)
clone = first.cloneNode(True)
print(clone.toxml(), clone.parentNode, clone is first)
shallow = first.cloneNode(False)
print(shallow.toxml())
text = first.firstChild
rest = text.splitText(5)
print(repr(text.data), repr(rest.data), repr(text.wholeText))
print(text.length, text.substringData(1, 3))
old = top.replaceChild(new.createElement('replaced'), empty)
print(old.tagName, [c.nodeName for c in top.childNodes])
try:
    new.appendChild(new.createElement('second'))
except xml.dom.HierarchyRequestErr as e:
    print('HierarchyRequestErr', e)
try:
    text.appendChild(new.createTextNode('x'))
except xml.dom.HierarchyRequestErr as e:
    print('HierarchyRequestErr', e)
bad = new.createComment('a -- b')
try:
    bad.toxml()
except ValueError as e:
    print('ValueError', e)
cdata = new.createCDATASection('x < y')
print(cdata.toxml(), cdata.nodeName)

for bad_xml in ['<a>', '<a></b>', '<a x="1" x="2"/>', '<a/><b/>', 'plain', '<a>&nope;</a>']:
    try:
        minidom.parseString(bad_xml)
    except ExpatError as e:
        print('ExpatError', e, e.code, e.lineno, e.offset)

with minidom.parseString(b'<r><c>bytes in</c></r>') as d2:
    print(d2.documentElement.firstChild.firstChild.data)
print(minidom.parseString('<a>\n  <b/>\n</a>').toprettyxml(indent='  '))
ns = impl.createDocument('urn:test', 't:root', None)
el = ns.createElementNS('urn:test', 't:child')
el.setAttributeNS('urn:test', 't:attr', 'v')
ns.documentElement.appendChild(el)
print(ns.toxml(), el.prefix, el.localName, el.namespaceURI, el.getAttributeNS('urn:test', 'attr'))
