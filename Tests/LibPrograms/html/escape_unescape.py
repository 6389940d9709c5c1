import html
from html import entities

print(html.escape('<a href="x?a=1&b=2">It\'s</a>'))
print(html.escape('<b>"q"</b> & \'s\'', quote=False))
print(html.escape(''), html.escape('plain'))
samples = [
    '&lt;p&gt;Tom &amp; Jerry&lt;/p&gt;', '&quot;hi&quot; &#39;x&#39; &apos;y&apos;',
    '&copy; 2024 &reg; &trade; &euro;5 &nbsp;|&hellip;&mdash;&ndash;',
    '&#65;&#x42;&#X43;&#100 &#x110000; &#0; &#128; &#x80;&#x9f; &#xD800; &#13;',
    '&#1; &#11; &#x7f; &#xfffe; &#65535; &#x1ffff;',
    '&amp &ampx &notin; &notit; &not; &lang; &rang; &LT;&GT;',
    '&unknown; &; & alone &#; &#x; &#xZ; &&amp;',
    '&eacute;t&eacute; &Eacute; &szlig; &alpha;&beta;&Omega; &larr;&rarr; &hearts;',
    'no refs', '&AMP; &COPY &QUOT &check; &star;',
]
for s in samples:
    print(repr(html.unescape(s)))
print(html.unescape(html.escape('<&>"\'')))
print(entities.name2codepoint['eacute'], entities.codepoint2name[8364], entities.entitydefs['amp'])
print(len(entities.name2codepoint), entities.html5['amp;'], entities.html5['gt'])
try:
    html.escape(None)
except AttributeError as e:
    print('AttributeError', e)
try:
    html.unescape(5)
except TypeError as e:
    print('TypeError', e)
