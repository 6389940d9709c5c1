# bytes(...) argument handling, n * bytes, reversed(bytes) and the UTF-16/32
# codecs, as a framing helper would use them.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t('float', lambda: bytes(3.0))
t('none', lambda: bytes(None))
t('str no enc', lambda: bytes('abc'))
t('str ascii', lambda: bytes('é', 'ascii'))
t('str ascii ignore', lambda: bytes('é', 'ascii', 'ignore'))
t('str latin-1', lambda: bytes('é', encoding='latin-1'))
t('bytes enc', lambda: bytes(b'x', 'utf-8'))
t('int enc', lambda: bytes(5, 'utf-8'))
t('errors only', lambda: bytes('x', errors='strict'))
t('keyword source', lambda: bytes(source=b'x'))
t('bad keyword', lambda: bytes(x=1))
t('range', lambda: bytes([1, 256]))
t('str items', lambda: bytes(['a']))
t('negative', lambda: bytes(-1))
t('huge', lambda: bytes(2 ** 70))
t('iter', lambda: bytes(iter([104, 105])))
t('memoryview', lambda: bytes(memoryview(b'ab')))
t('bool', lambda: bytes(True))

class Packet:
    def __init__(self, kind, body):
        self.kind, self.body = kind, body
    def __bytes__(self):
        return bytes([self.kind]) + len(self.body).to_bytes(2, 'big') + self.body

t('__bytes__', lambda: bytes(Packet(7, b'hey')))
t('n * bytes', lambda: 3 * b'ab')
t('bytes * n', lambda: b'-' * 4)
t('bool * bytes', lambda: True * b'x')
t('0 * bytes', lambda: 0 * b'abc')
t('reversed bytes', lambda: list(reversed(b'abc')))
t('reversed bytearray', lambda: bytes(reversed(bytearray(b'xyz'))))
t('reversed memoryview', lambda: list(reversed(memoryview(b'12'))))
t('utf-16', lambda: 'hé'.encode('utf-16'))
t('utf-16 round trip', lambda: 'hé😀'.encode('utf-16').decode('utf-16'))
t('utf-16-be', lambda: 'A'.encode('utf-16-be'))
t('utf-16 truncated', lambda: b'x'.decode('utf-16'))
t('utf-32', lambda: 'x'.encode('utf-32'))
t('utf-32 round trip', lambda: 'é😀'.encode('utf-32').decode('utf-32'))
t('utf-32-be', lambda: b'\x00\x00\x00A'.decode('utf-32-be'))
t('utf-32 truncated', lambda: b'\x41\x00\x00'.decode('utf-32-le'))
