from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin,
                          urldefrag, urlencode, quote, quote_plus, unquote,
                          unquote_plus, parse_qs, parse_qsl, quote_from_bytes,
                          unquote_to_bytes)
import urllib.parse

u = urlparse('HTTPS://User:Pa%20ss@Example.COM:8443/a/b;p=1?q=1&r=two#Frag')
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.username, u.password, u.hostname, u.port, u.geturl())
print(u._replace(fragment='', query='x=1').geturl(), u[1], len(u), tuple(u)[:2])
s = urlsplit('http://[::1]:80/path;x?y#z')
print(s, s.hostname, s.port)
print(urlsplit('//host/p'), urlsplit('mailto:a@b.c'), urlsplit('path/only?x'))
print(urlsplit('  http://a/b\t\nc  '), urlsplit('http://a/b#c', allow_fragments=False))
print(urlparse('www.example.com/x', scheme='http'))
print(urlparse('localhost:8080'), urlparse('1abc:x'))
print(urlparse(b'http://h/p?q'), urlparse(b'http://h/p').hostname)
print(urlsplit('http://h/p').encode(), urlsplit(b'ftp://h').decode())
print(urlunparse(('http', 'h', '/p', 'a', 'q=1', 'f')), urlunsplit(('file', '', 'tmp/x', '', '')))
print(urlunsplit(('', '', 'rel', 'q', '')), urlunparse(['https', 'h:1', '', '', '', '']))
print(urldefrag('http://h/p?q#frag'), urldefrag('http://h/p').url)
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x',
            '', '.', './', '..', '../', '../g', '../..', '../../g', '../../../g',
            'g.', '.g', 'g..', './../g', 'g/./h', 'g;x=1/../y', 'https://other/x']:
    print(f'{rel!r:12} {urljoin(base, rel)}')
print(urljoin('', 'x'), urljoin('http://h/a/', ''), urljoin('mailto:a@b', 'c'))
print(quote('a b/c?d=é&'), quote('a b/c', safe=''), quote(b'\x00\xff~'), quote(''))
print(quote_plus('a b+c/d'), quote_plus('x y', safe='/'), quote_from_bytes(b'a&b'))
print(unquote('a%20b%2Fc%e2%82%ac%zz%4'), unquote('caf%C3%A9 é'), unquote('%ff'))
print(unquote_plus('a+b%2Bc'), unquote_to_bytes('%e2%82%ac+'), unquote(b'%41%42'))
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&='}), urlencode([('k', 'v'), ('k', 'w')]))
print(urlencode({'l': [1, 2], 's': 'ab'}, doseq=True), urlencode({'l': [1, 2]}))
print(urlencode({'p': 'a/b c'}, quote_via=quote), urlencode({b'k': b'v v'}))
qs = 'a=1&b=2&a=3&empty=&noval&plus=x+y&enc=%41%20'
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs), parse_qsl('a=1;b=2', separator=';'), parse_qsl(b'x=1'))
print(urllib.parse.__name__, urllib.parse.ParseResult.__mro__[1].__name__)
for bad in [lambda: urlsplit('http://[::1/x'), lambda: urlsplit('http://a]/'),
            lambda: urlparse('http://h:abc/').port, lambda: urlparse('http://h:99999').port,
            lambda: urljoin('http://a', b'b'), lambda: quote(5),
            lambda: quote(b'x', encoding='utf-8'), lambda: urlencode('abc'),
            lambda: parse_qsl('a&b', strict_parsing=True),
            lambda: parse_qs('a=1&b=2', max_num_fields=1),
            lambda: parse_qsl('a=1', separator=''),
            lambda: urlsplit('http://[1.2.3.4]/'), lambda: urlsplit('http://x[::1]/'),
            lambda: unquote(None)]:
    try:
        print(bad())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
