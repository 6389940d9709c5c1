import io, zipfile, hashlib
for comp in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
    for level in (None, 0, 1, 9):
        b = io.BytesIO()
        with zipfile.ZipFile(b, 'w', compression=comp, compresslevel=level) as z:
            z.writestr('a.txt', 'abc' * 1000)
            z.writestr('ünï/cödé.txt', bytes(range(256)) * 10)
            zi = zipfile.ZipInfo('attr.txt', (2021, 12, 31, 23, 59, 59))
            zi.external_attr = 0o755 << 16
            zi.create_system = 0
            z.writestr(zi, 'x')
            z.writestr('dir/', '')
        raw = b.getvalue()
        print(comp, level, len(raw), hashlib.sha256(raw).hexdigest()[:16])
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            print([repr(i) for i in z.infolist()])
            print([len(z.read(n)) for n in z.namelist()])
