# errno: the common names, errorcode, aliases, and use with OSError.
import errno

for name in ["EPERM", "ENOENT", "EINTR", "EIO", "EBADF", "EAGAIN", "EWOULDBLOCK", "ENOMEM", "EACCES",
             "EEXIST", "ENOTDIR", "EISDIR", "EINVAL", "EPIPE", "ERANGE", "EDEADLK", "EDEADLOCK",
             "ENOTSUP", "EOPNOTSUPP", "ETIMEDOUT", "ECONNREFUSED", "ECONNRESET", "EADDRINUSE", "EINPROGRESS"]:
    value = getattr(errno, name)
    print(name, value, errno.errorcode[value])
print(len(errno.errorcode), sorted(errno.errorcode)[:10], max(errno.errorcode))
print(errno.errorcode[errno.ENOENT] == "ENOENT", errno.EAGAIN == errno.EWOULDBLOCK)
print(sorted(n for n in dir(errno) if n.startswith("E"))[:12])

e = OSError(errno.ENOENT, "No such file or directory")
print(e.errno == errno.ENOENT, errno.errorcode[e.errno], e)
try:
    raise PermissionError(errno.EACCES, "Permission denied", "secret.txt")
except OSError as exc:
    print(type(exc).__name__, errno.errorcode[exc.errno], exc.filename, exc)
try:
    errno.errorcode[99999]
except KeyError as exc:
    print("KeyError", exc)
