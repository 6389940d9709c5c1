import io
import xml.etree.ElementTree as ET

DOC = '''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE inventory [
  <!ENTITY company "ACME &amp; Sons">
]>
<!-- leading comment -->
<inventory xmlns="urn:inv" xmlns:x="urn:extra" updated="2024-01-01">
  <item sku="A1" qty="3" x:flag="yes">
    <name>Widget</name>
    <tags><tag>blue</tag><tag>small</tag></tags>
  </item>
  <item sku="B2" qty="0">
    <name>Gadget &amp; Co</name>
    <note><![CDATA[<raw> & unescaped]]></note>
  </item>
  <item sku="C3">
    <name>&company;</name>
    <x:extra a="1&#10;2" b="tab\there"/>
  </item>
  <?process me?>
</inventory>
<!-- trailing -->
'''

root = ET.fromstring(DOC)
print(root.tag, root.attrib, repr(root.text))
items = root.findall('{urn:inv}item')
print(len(items), [i.get('sku') for i in items], [repr(i.tail) for i in items])
ns = {'i': 'urn:inv', 'x': 'urn:extra'}
print([n.text for n in root.iterfind('i:item/i:name', ns)])
print(root.find('.//{urn:extra}extra').attrib)
print(root.findtext('i:item/i:note', namespaces=ns), root.findtext('i:nothing', 'dflt', ns),
      repr(root.findtext('i:item/i:tags', namespaces=ns)))
print([t.text for t in root.iter('{urn:inv}tag')], len(list(root.iter())), len(list(root.iter('*'))))
print(''.join(root.find('i:item', ns).itertext()).split())
print([e.tag for e in root.findall('.//i:item[@qty]', ns)], [e.get('sku') for e in root.findall(".//i:item[@qty='0']", ns)])
print([e.get('sku') for e in root.findall(".//i:item[@qty!='0']", ns)], [e.get('sku') for e in root.findall('i:item[i:note]', ns)])
print([e.get('sku') for e in root.findall("i:item[i:name='Widget']", ns)], [e.get('sku') for e in root.findall('i:item[2]', ns)],
      [e.get('sku') for e in root.findall('i:item[last()]', ns)], [e.get('sku') for e in root.findall('i:item[last()-1]', ns)])
print([e.text for e in root.findall('.//i:tag/..', ns)], [e.tag for e in root.findall('i:item/*', ns)][:3])
print(len(root.findall('.//*')), len(root.findall('{*}item')), len(root.findall('.//{urn:extra}*')), len(root.findall('{}item')))
print([e.text for e in root.findall(".//{*}tag[.='small']")], root.find('i:item', {'': 'urn:inv', 'i': 'urn:inv'}).get('sku'))
print(root.find('./{urn:inv}item').get('sku'), root.find('nothing'), root.findall('*/'+'{urn:inv}name')[0].text)

tree = ET.ElementTree(root)
print(tree.getroot() is root, tree.find('{urn:inv}item').get('sku'), len(tree.findall('.//{urn:inv}name')))
parsed = ET.parse(io.BytesIO(DOC.encode()))
print(parsed.getroot().tag, len(list(parsed.iter())))
print(ET.XML('<a>x</a>').text, ET.fromstringlist(['<a>', 'y', '</a>']).text)
rid, ids = ET.XMLID('<r><a id="one"/><b id="two"/></r>')
print(sorted(ids), ids['two'].tag)

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
parser = ET.XMLParser(target=tb)
parser.feed('<r><!--c--><?pi data?>text</r>')
r = parser.close()
print([e.tag.__name__ for e in r], [e.text for e in r], ET.tostring(r))


class Collector:
    def __init__(self):
        self.events = []

    def start(self, tag, attrib):
        self.events.append(('start', tag, attrib))

    def end(self, tag):
        self.events.append(('end', tag))

    def data(self, data):
        self.events.append(('data', data))

    def comment(self, text):
        self.events.append(('comment', text))

    def start_ns(self, prefix, uri):
        self.events.append(('start-ns', prefix, uri))

    def end_ns(self, prefix):
        self.events.append(('end-ns', prefix))

    def close(self):
        return 'closed'


c = Collector()
p = ET.XMLParser(target=c)
p.feed(b'<r xmlns:p="urn:p"><p:a p:k="v">t</p:a><!--x--></r>')
print(p.close(), c.events)
print([(ev, el.tag if hasattr(el, 'tag') else el)
       for ev, el in ET.iterparse(io.BytesIO(b'<a xmlns="urn:z"><b/><c><d/></c></a>'),
                                  events=('start', 'end', 'start-ns', 'end-ns'))])
it = ET.iterparse(io.BytesIO(b'<a><b/></a>'))
print([el.tag for ev, el in it], it.root.tag)
print(ET.tostring(ET.fromstring(b'<?xml version="1.0" encoding="latin-1"?><a>\xe9</a>'), encoding='unicode'))
print(ET.fromstring('<a>x\r\ny\rz</a>').text.split('\n'), ET.fromstring('<a>\u00e9\u4e2d</a>').text)

BAD = ['<a>', '<a></b>', '', '<a/><b/>', '<a>&foo;</a>', '<a x=1/>', '<a><b></a>', 'text',
       '<a x="1" x="2"/>', '<p:a/>', '<a>\n<b>\n</a>', '<?xml version="1.0"?>',
       '<a><!-- c --></a>x', '<a b="<"/>', '<a>]]></a>', '<1a/>', '<a\n  b', '<a>&#0;</a>',
       '<a>&#x110000;</a>', '  <a/>  junk', '<a><?xml version="1.0"?></a>', '<a x="1"y="2"/>',
       '<a><b x:y="1"/></a>', '<a></a >', '<a>x</a', '<a><!-- x -- y --></a>']
for bad in BAD:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), '->', e, e.code, e.position)
print(issubclass(ET.ParseError, SyntaxError))

for path in ['/x', 'x[', 'x[@a=1]', 'x[0]', 'x[last()+1]', 'p:x', 'x[foo()]', 'x[last()-a]', '//']:
    try:
        print(path, root.find(path))
    except (SyntaxError, TypeError) as e:
        print(path, type(e).__name__, e)
