import http
import http.client
import io


class FakeSocket:
    """A socket whose makefile() reads canned bytes."""

    def __init__(self, data):
        self.data = data
        self.sent = b''

    def makefile(self, mode, *args):
        return io.BytesIO(self.data)

    def sendall(self, data):
        self.sent += data


print(http.client.OK, http.client.NOT_FOUND == 404, type(http.client.OK) is http.HTTPStatus)
print(http.client.responses[200], http.client.responses[418], http.client.HTTP_PORT, http.client.HTTPS_PORT)
print(type(http.client.INTERNAL_SERVER_ERROR).__name__, repr(http.client.INTERNAL_SERVER_ERROR))

for host, port in [('example.com', None), ('example.com:8080', None), ('[::1]:81', None), ('[::1]', None),
                   ('example.com:', None), ('example.com', 9000)]:
    c = http.client.HTTPConnection(host, port)
    print(host, '->', c.host, c.port)
s = http.client.HTTPSConnection('secure.example')
print(s.host, s.port, s.default_port)
try:
    http.client.HTTPConnection('example.com:http')
except http.client.InvalidURL as e:
    print('InvalidURL', e)

r = http.client.HTTPResponse(FakeSocket(b'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n'
                                        b'Content-Length: 11\r\nX-Multi: a\r\nX-Multi: b\r\n\r\nhello world'))
r.begin()
print(r.status, r.reason, r.version, r.getheader('content-type'), r.getheader('X-Multi'), r.getheader('missing', 'dflt'))
print(r.getheaders())
print(type(r.msg).__name__, r.headers['Content-Length'], r.will_close, r.length)
print(r.read(5), r.read(), r.isclosed(), r.read())

chunked = http.client.HTTPResponse(FakeSocket(b'HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n'
                                              b'5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n'))
chunked.begin()
print(chunked.status, chunked.reason, chunked.chunked, chunked.read())

old = http.client.HTTPResponse(FakeSocket(b'HTTP/1.0 404 Not Found\r\nServer: test\r\n\r\nmissing page'), method='GET')
old.begin()
print(old.status, old.version, old.will_close, old.read())

head = http.client.HTTPResponse(FakeSocket(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n'), method='HEAD')
head.begin()
print(head.length, head.read())

for raw in [b'', b'garbage\r\n', b'HTTP/1.1 abc OK\r\n']:
    bad = http.client.HTTPResponse(FakeSocket(raw))
    try:
        bad.begin()
    except http.client.HTTPException as e:
        print(type(e).__name__, repr(e.args))

short = http.client.HTTPResponse(FakeSocket(b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc'))
short.begin()
try:
    short.read()
except http.client.IncompleteRead as e:
    print(repr(e), e.partial)

msg = http.client.parse_headers(io.BytesIO(b'Host: example.com\r\nAccept: */*\r\n\r\nbody'))
print(type(msg).__name__, msg['host'], msg.keys(), msg.get_all('accept'))
print(issubclass(http.client.RemoteDisconnected, ConnectionResetError), issubclass(http.client.CannotSendRequest, http.client.ImproperConnectionState))
print(http.client.error is http.client.HTTPException)

conn = http.client.HTTPConnection('localhost', 1)
try:
    conn.getresponse()
except http.client.ResponseNotReady as e:
    print('ResponseNotReady', e)
conn.auto_open = 0
try:
    conn.request('GET', '/')
except http.client.NotConnected as e:
    print('NotConnected', repr(e))
try:
    conn.putheader('X', 'y')
except http.client.CannotSendHeader as e:
    print('CannotSendHeader', repr(e))
c2 = http.client.HTTPConnection('localhost', 1)
try:
    c2.putrequest('GET\n', '/')
except ValueError as e:
    print('ValueError', e)
try:
    http.client.HTTPConnection('localhost', 1).putrequest('GET', '/bad path')
except http.client.InvalidURL as e:
    print('InvalidURL', e)
c3 = http.client.HTTPConnection('localhost', 1)
try:
    c3.request('GET', '/index.html', headers={'X-Test': '1'})
except OSError as e:
    print('cannot connect:', isinstance(e, OSError))
