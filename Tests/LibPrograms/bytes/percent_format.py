# printf-style formatting of bytes (PEP 461) and its error paths.
print(b'%s=%d (%x)' % (b'k', 255, 255), b'%05.1f|%-4d|%+d' % (3.14159, 7, 3), b'%r %a' % ('é', b'x'))
print(b'%(name)s is %(age)d' % {b'name': b'Ann', b'age': 30}, b'%c%c' % (65, b'B'), b'100%%' % ())
print(b'%b' % bytearray(b'ba'), b'%s' % memoryview_like() if False else b'%i' % True, b'%o %X %e' % (8, 255, 1.5))
class B:
    def __bytes__(self):
        return b'custom'
print(b'[%s]' % B(), bytearray(b'%s') % b'ok')
for bad in (lambda: b'%s' % 'text', lambda: b'%d' % b'x', lambda: b'%s %s' % (b'a',), lambda: b'%s' % (b'a', b'b'),
            lambda: b'%c' % 256, lambda: b'%z' % 1):
    try:
        bad()
    except Exception as e:
        print(f'{type(e).__name__}: {e}')
