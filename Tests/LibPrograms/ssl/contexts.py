import ssl

ctx = ssl.create_default_context()
print(type(ctx).__name__, ctx.protocol, ctx.check_hostname, ctx.verify_mode)
try:
    ctx.verify_mode = ssl.CERT_NONE
except ValueError as e:
    print('ValueError', e)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
print(ctx.check_hostname, ctx.verify_mode)
ctx.check_hostname = True
print(ctx.verify_mode)
server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
print(server.protocol, server.check_hostname, server.verify_mode)
print(ssl.Purpose.SERVER_AUTH.shortname, ssl.Purpose.CLIENT_AUTH.oid)
print(ssl.CERT_REQUIRED, int(ssl.CERT_OPTIONAL), ssl.PROTOCOL_TLS_SERVER, ssl.TLSVersion.TLSv1_3)
print(issubclass(ssl.SSLError, OSError), issubclass(ssl.SSLCertVerificationError, ValueError),
      ssl.CertificateError is ssl.SSLCertVerificationError, issubclass(ssl.SSLZeroReturnError, ssl.SSLError))
ctx2 = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx2.minimum_version = ssl.TLSVersion.TLSv1_2
print(ctx2.minimum_version, ctx2.check_hostname)
for call in [lambda: ctx2.load_cert_chain('missing-cert.pem'),
             lambda: ctx2.load_verify_locations('missing-ca.pem'),
             lambda: ctx2.load_verify_locations()]:
    try:
        call()
    except (FileNotFoundError, TypeError) as e:
        print(type(e).__name__, e)
un = ssl._create_unverified_context()
print(un.check_hostname, un.verify_mode)
bio = ssl.MemoryBIO()
print(bio.write(b'abc'), bio.pending, bio.read(2), bio.read(), bio.eof)
bio.write_eof()
print(bio.eof)
