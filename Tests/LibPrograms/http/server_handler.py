import http.server
import io
import socketserver


class FakeRequest:
    """A connection whose makefile() reads the request and whose sendall()
    collects the response."""

    def __init__(self, data):
        self.rfile = io.BytesIO(data)
        self.out = b''

    def makefile(self, mode, bufsize=-1):
        return self.rfile

    def sendall(self, data):
        self.out += data


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ('path=%s agent=%s' % (self.path, self.headers.get('User-Agent'))).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers['Content-Length'])
        data = self.rfile.read(length)
        self.send_response(201, 'Made it')
        self.end_headers()
        self.wfile.write(data.upper())

    def log_message(self, format, *args):
        print('log:', format % args)

    def date_time_string(self, timestamp=None):
        return 'DATE'


def run(raw):
    req = FakeRequest(raw)
    h = Handler(req, ('10.0.0.1', 4242), None)
    print(req.out.decode('latin-1').replace('\r\n', '|'))
    return h


h = run(b'GET /hello?x=1 HTTP/1.1\r\nUser-Agent: tester\r\nHost: h\r\n\r\n')
print(h.command, h.path, h.request_version, h.close_connection, h.requestline)
run(b'POST /submit HTTP/1.0\r\nContent-Length: 5\r\n\r\nabcde')
run(b'DELETE /x HTTP/1.1\r\n\r\n')
run(b'GET /x HTTP/2.0\r\n\r\n')
run(b'GET /x HTTP/1.x\r\n\r\n')
run(b'BREW /pot\r\n\r\n')
run(b'GET //double/slash HTTP/1.0\r\n\r\n')
run(b'')
h = run(b'GET / HTTP/1.1\r\nConnection: close\r\n\r\n')
print(h.close_connection, h.address_string())

print(http.server.BaseHTTPRequestHandler.server_version, http.server.BaseHTTPRequestHandler.protocol_version)
print(http.server.BaseHTTPRequestHandler.responses[404])
print(http.server.SimpleHTTPRequestHandler.server_version, http.server.DEFAULT_ERROR_CONTENT_TYPE)
print(http.server.BaseHTTPRequestHandler.date_time_string(h, 0))
print(issubclass(http.server.HTTPServer, socketserver.TCPServer), issubclass(http.server.ThreadingHTTPServer, socketserver.ThreadingMixIn))
print(http.server.ThreadingHTTPServer.daemon_threads, http.server.HTTPServer.allow_reuse_address)
