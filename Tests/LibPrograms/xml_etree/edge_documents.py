import xml.etree.ElementTree as ET
docs = [
 '<a/>', '<a></a>', ' <a/> ', '\n<a/>\n', '<a>\n</a>', '<a b="1" c=\'2\'/>', '<a b = "1"/>',
 '<a><b/><b/><c/></a>', '<a>&lt;&gt;&amp;&quot;&apos;</a>', '<a>&#x41;&#66;</a>', '<a x="&lt;&#10;"/>',
 '<?xml version="1.0"?>\n<a/>', '<?xml version="1.0" standalone="yes"?><a/>', '<!-- c --><a/>',
 '<a><![CDATA[]]></a>', '<a>x<![CDATA[y]]>z</a>', '<a xmlns="u"><b xmlns=""/></a>',
 '<a xmlns:p="u1"><p:b xmlns:p="u2"/><p:c/></a>', '<xml:a/>', '<a xml:lang="en"/>', '<a:b:c xmlns:a="u"/>',
 '<a><?pi?></a>', '<a><?pi   data  ?></a>', '<a>\t</a>', '<a b="\t"/>', '<é/>', '<a é="1"/>',
 '<a>\x01</a>', '<a b="1"', '<a><b>', '</a>', '<a/>x', '<a/><!--c-->', '<a/><?p?>', '<!DOCTYPE a><a/>',
 '<!DOCTYPE a SYSTEM "x.dtd"><a/>', '<a>&#xD800;</a>', '<a>&#65</a>', '<a>&</a>', '<a>& b</a>', '<a b="&"/>',
 '<a b="x"c="y"/>', '<a  />', '<a/ >', '< a/>', '<a></a >', '<a></ a>', '<a><!--a--b--></a>', '<a><!---></a>',
 '<a>]]</a>', '<a>]></a>', '<a><b></c></a>', '<?xml version="1.0"?><?xml version="1.0"?><a/>', '\ufeff<a/>',
 b'<a>\xc3\xa9</a>', b'<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>', '<a b="1" b="1"/>',
 '<a xmlns:p="u" p:x="1" x="2"/>', '<a><b>t</b>tail</a>', '<r>a<b/>b<c/>c</r>',
]
for d in docs:
    try:
        r = ET.fromstring(d)
        print(repr(d), r.tag, r.attrib, repr(r.text), [(c.tag if isinstance(c.tag, str) else '?', c.text, c.tail) for c in r], ET.tostring(r))
    except ET.ParseError as e:
        print(repr(d), 'ParseError', e, e.code)
    except Exception as e:
        print(repr(d), type(e).__name__, e)
for d in ['<a>&amp', '<a>&#6', '<a>&', '<a>&#;</a>', '<a>&#x;</a>', '<a>&#xG;</a>', '<a b="&#;"/>', '<a></a:b:c>', '<a b:c:d="1" xmlns:b="u"/>', '<a>&#x41</a>', '<a>&a.b;</a>', '<a b="&amp"/>', '<a>&a:b:c;</a>']:
    try: ET.fromstring(d)
    except ET.ParseError as e: print(repr(d), e, e.code)
