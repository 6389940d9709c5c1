from html.parser import HTMLParser


class R(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.out = []

    def handle_starttag(self, t, a): self.out.append(('s', t, a))
    def handle_endtag(self, t): self.out.append(('e', t))
    def handle_data(self, d): self.out.append(('d', d))
    def handle_comment(self, d): self.out.append(('c', d))
    def handle_entityref(self, n): self.out.append(('er', n))
    def handle_charref(self, n): self.out.append(('cr', n))
    def handle_decl(self, d): self.out.append(('decl', d))
    def handle_pi(self, d): self.out.append(('pi', d))
    def unknown_decl(self, d): self.out.append(('ud', d))


docs = ['<a href=x>y</a>', '<a href="x" href=\'y\'>', '<a =b>', '<a b=>', '<a b="c"d="e">', '<a/b>', '<a\n>', '< a>',
        '<a b=\'c"d\'>', '<a b="&amp;&gt;&#39;&#x27;&bogus;">', '<!doctype html>', '<!DOCTYPE>', '<!ELEMENT x>',
        '<![CDATA[x]]>', '<![cdata[x]]>', '<!-->', '<!--->', '<!-- -- -->', '<!--x--!>', '<?php echo 1 ?>', '<?>',
        '</a  >', '</a\n>', '</A>', '</>', '</ >', '</3>', '<3>', '<a<b>', 'a<b', 'a <', '&', '&#', '&#x', '&#xZ;', '&#65',
        '&amp', '&amp;', '&ampx', '&#1114112;', '&#0;', '&#x80;', '&nbsp;&copy;x', '<script><!--</script>',
        '<script>a</script b>', '<style>x</STYLE>', '<title>&amp;</title>', '<textarea><b></textarea>', '<p>\r\n</p>',
        '<img src="a" / >', '<br/><br />', '<a b c d>', '<a b="1" / c>', '<x:y z:w="1">', '<a\x00b>', 'tail &lt']
for d in docs:
    for conv in (True, False):
        p = R(convert_charrefs=conv)
        try:
            p.feed(d)
            p.close()
            print(conv, repr(d), p.out)
        except Exception as e:
            print(conv, repr(d), type(e).__name__, e, p.out)
