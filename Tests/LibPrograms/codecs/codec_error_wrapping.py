# A codec's error comes out of codecs.encode/decode as the same exception
# type with the codec named, chained to the original, when the type is a
# plain one; other exceptions pass through unchanged.
import codecs, binascii
class E(Exception): pass
for enc, data in (('hex', b'zz'), ('base64', b'a'), ('zlib', b'nope'), ('utf-8', 'str'), ('rot13', b'x'), ('ascii', b'\xff')):
    try:
        codecs.decode(data, enc)
    except Exception as e:
        print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__)
def bad(input, errors='strict'):
    raise E('custom')
def bad2(input, errors='strict'):
    e = E('with state'); e.extra = 1; raise e
def search(name):
    if name == 'bad': return codecs.CodecInfo(bad, bad, name='bad')
    if name == 'bad2': return codecs.CodecInfo(bad2, bad2, name='bad2')
codecs.register(search)
for enc in ('bad', 'bad2'):
    try:
        codecs.encode('x', enc)
    except E as e:
        print(type(e).__name__, e)
class F(ValueError):
    def __init__(self, msg): super().__init__(msg)
def bad3(input, errors='strict'):
    raise F('own init')
def bad4(input, errors='strict'):
    raise OSError(2, 'nope')
def search2(name):
    if name in ('bad3', 'bad4'): return codecs.CodecInfo(bad3 if name == 'bad3' else bad4, bad3, name=name)
codecs.register(search2)
for enc in ('bad3', 'bad4'):
    try:
        codecs.encode('x', enc)
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
