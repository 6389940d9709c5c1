import urllib.error
import urllib.request
import urllib.response
import io

r = urllib.request.Request('http://user@Example.com:8080/path/page?q=1#frag',
                           headers={'user-agent': 'tester', 'X-TOKEN': 'abc'})
print(r.full_url, r.type, r.host, r.selector, r.fragment, r.origin_req_host)
print(r.get_method(), r.data, r.headers, r.unverifiable, r.has_proxy())
print(r.get_header('User-agent'), r.get_header('User-Agent'), r.has_header('X-token'), r.header_items())
r.data = b'payload'
print(r.get_method(), r.data)
r.add_unredirected_header('content-length', '7')
print(r.has_header('Content-length'), r.unredirected_hdrs)
r.data = b'other'
print(r.has_header('Content-length'))
r.remove_header('X-token')
print(sorted(r.header_items()))
r.full_url = '<URL:https://other.org/x>'
print(r.full_url, r.type, r.host, r.selector)
r.set_proxy('proxy:3128', 'http')
print(r.host, r.type, r.selector, r._tunnel_host, r.has_proxy())
del r.full_url
print(r.full_url, r.selector)

p = urllib.request.Request('http://example.com/api', data=b'{}', method='PUT')
print(p.get_method(), p.get_full_url())
try:
    urllib.request.Request('no-scheme-here')
except ValueError as e:
    print('ValueError', e)

with urllib.request.urlopen('data:text/plain;charset=utf-8,Hello%2C%20World%21') as resp:
    print(resp.read(), resp.status, resp.getcode(), resp.geturl())
    print(resp.headers['Content-type'], resp.headers['Content-length'], type(resp.info()).__name__)
resp = urllib.request.urlopen('data:;base64,SGVsbG8gYmFzZTY0')
print(resp.read(), resp.info().get_content_type(), resp.info().get_content_charset())
print(urllib.request.urlopen(urllib.request.Request('data:application/json,{"a":1}')).read())

try:
    urllib.request.urlopen('file:///no/such/file.txt')
except urllib.error.URLError as e:
    print('URLError', type(e.reason).__name__)
try:
    urllib.request.urlopen('gopher2://x/')
except urllib.error.URLError as e:
    print('URLError', e, repr(e.reason))

e = urllib.error.URLError('reason text')
print(str(e), e.reason, e.args, isinstance(e, OSError))
h = urllib.error.HTTPError('http://x/', 404, 'Not Found', {'A': 'b'}, io.BytesIO(b'page'))
print(str(h), repr(h), h.code, h.reason, h.headers, h.read(), h.geturl(), h.getcode(), h.status)
h2 = urllib.error.HTTPError('http://x/', 500, 'Oops', None, None)
print(h2.read(), issubclass(urllib.error.HTTPError, urllib.response.addinfourl))
c = urllib.error.ContentTooShortError('short', b'abc')
print(c, c.content)

opener = urllib.request.build_opener()
print(opener.addheaders, sorted(type(h).__name__ for h in opener.handlers))
print(sorted(opener.handle_open))


class Custom(urllib.request.BaseHandler):
    def custom_open(self, req):
        return urllib.response.addinfourl(io.BytesIO(b'custom!'), {}, req.full_url, 299)


o2 = urllib.request.build_opener(Custom)
resp = o2.open('custom://anything')
print(resp.read(), resp.status)
print(urllib.request.pathname2url('/a b/c'), urllib.request.url2pathname('/a%20b/c'))
print(urllib.request.parse_http_list('a, "b,c", d'), urllib.request.parse_keqv_list(['a="1"', 'b=2']))
mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
mgr.add_password(None, 'http://example.com/private', 'user', 'pw')
print(mgr.find_user_password('realm', 'http://example.com/private/page'), mgr.find_user_password('r', 'http://other/'))
print(urllib.request.Request('http://h/').get_method(), urllib.request.request_host(urllib.request.Request('http://WWW.Site.org:80/x')))
