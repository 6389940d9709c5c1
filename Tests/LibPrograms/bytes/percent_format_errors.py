# bytes % args reports its own wording for bad arguments (PEP 461), which
# differs from str's in several places.
cases = [(b'%f', None), (b'%e', [1]), (b'%g', b'x'), (b'%c', 10 ** 20), (b'%c', 300), (b'%c', -1),
         (b'%c', b'ab'), (b'%c', 'a'), (b'%i', None), (b'%u', None), (b'%d', 'x'), (b'%x', 1.5),
         (b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'%b', 'text'), (b'%(k)s', {b'k': b'v'}),
         (b'%c%c', (65, b'B')), (b'%5.1f|%-4d|%#x', (2.25, 7, 255)), (b'%r %a', ('\xe9', b'\xff'))]
for fmt, args in cases:
    for template in (fmt, fmt.decode()):
        try:
            value = args.decode() if isinstance(template, str) and isinstance(args, bytes) else args
            print(repr(template % value))
        except Exception as e:
            print(repr(template), type(e).__name__, e)
