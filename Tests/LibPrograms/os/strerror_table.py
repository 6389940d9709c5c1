# os.strerror knows the whole Linux errno table, keyed by errno's names.
import errno
import os

for name in ("EPERM", "ENOENT", "EINTR", "EAGAIN", "ENOMEM", "EEXIST", "EPIPE",
             "ETIMEDOUT", "ECONNREFUSED", "ECONNRESET", "EADDRINUSE", "ENOTEMPTY"):
    code = getattr(errno, name)
    print(f"{name:13} {code:3} {os.strerror(code)}")
print(os.strerror(9999))
print(sum(1 for c in errno.errorcode if not os.strerror(c).startswith("Unknown")))
