from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.get_starttag_text(), self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))

    def handle_data(self, data):
        self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))


DOCS = [
    '<!DOCTYPE html><html lang="en"><head><title>Test &amp; more</title></head>'
    '<body class=main id=\'b\'><p>Hello, <b>world</b>!<br/><img src="a.png" alt=""></p></body></html>',
    '<p>caf&eacute; &lt;tag&gt; &#233; &#xE9; &#x1F600; &nosuch; & alone &amp</p>',
    '<!-- a comment --><!--x--y--><!----><?xml version="1.0"?><![CDATA[raw <data>]]>',
    '<script>if (a < b && c > d) { x = "</p>"; }</script><style>p > a { }</style>after',
    '<SCRIPT type="text/javascript">var s = "</scr" + "ipt>";</SCRIPT>',
    '<div\n  data-x="1"\n  data-y=\'two\'\n  checked\n  data-z=bare>\nline2\n</div>',
    '<a href="?a=1&amp;b=2&c=3" title="&quot;q&quot;">link</a>',
    '<input disabled value = "spaced" / ><br / ><x/ y>',
    '</>text</ p>more</a b="c">bogus<!bogus decl><! >',
    '<a <b>c</b> < d <1> <>',
    '<p>unclosed <b attr="x',
    'a &#bad; b &#; c &#x; d',
    '<![if !IE]>ie<![endif]>',
    '<table><tr><td>1<td>2</table>',
    '<p title="a>b">x</p><p title=a>b>y</p>',
    '<img src=x/><img src="y"/>',
    '<a\tb=1\rc=2\fd=3>',
    '<DIV CLASS="Upper">X</DIV>',
]

for doc in DOCS:
    for convert in (True, False):
        p = Recorder(convert_charrefs=convert)
        p.feed(doc)
        p.close()
        print(convert, p.events)

# Feeding in pieces gives the same events as feeding everything.
doc = DOCS[0] + DOCS[1] + DOCS[5]
whole = Recorder()
whole.feed(doc)
whole.close()
pieces = Recorder()
for k in range(0, len(doc), 7):
    pieces.feed(doc[k:k + 7])
pieces.close()
merged = []
for e in pieces.events:
    if merged and e[0] == 'data' and merged[-1][0] == 'data':
        merged[-1] = ('data', merged[-1][1] + e[1])
    else:
        merged.append(e)
print([e[:3] for e in merged] == [e[:3] for e in whole.events])

p = Recorder(convert_charrefs=False)
for chunk in ['<p>a &am', 'p; b &#6', '0; c</p', '>']:
    p.feed(chunk)
    print(p.events[-1:], repr(p.rawdata), p.getpos())
p.close()

p = Recorder()
p.feed('<p>x &amp')
print(p.events)
p.close()
print(p.events)
p.reset()
print(p.rawdata, p.getpos(), p.lasttag)


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            self.links.append(dict(attrs).get('href'))


links = Links()
links.feed('<ul><li><a href="/one">1</a><li><A HREF=/two>2</A><a name=x>no</a></ul>')
print(links.links, links.lasttag)
print(HTMLParser.CDATA_CONTENT_ELEMENTS, HTMLParser().convert_charrefs)
