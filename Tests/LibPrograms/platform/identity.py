# Only what a playground run shares with the oracle's machine is printed:
# the host's node name, kernel release and build details differ.
import platform
import sys

print(platform.system(), platform.machine(), platform.python_implementation())
v = platform.python_version()
print(v == '%d.%d.%d' % sys.version_info[:3], v.startswith('3.11.'), sys.version.startswith(v))
t = platform.python_version_tuple()
print(type(t).__name__, len(t), t[:2], all(isinstance(x, str) for x in t))
u = platform.uname()
print(type(u).__name__, u._fields, len(u), len(tuple(u)), u.system, u[0], u[4], u[-1] == u.processor)
print(repr(u).startswith("uname_result(system='Linux', node="), 'processor' in repr(u))
print(platform.architecture(), platform.platform().startswith('Linux-'), platform.platform(terse=True).startswith('Linux'))
print(isinstance(platform.python_build(), tuple), len(platform.python_build()), isinstance(platform.python_compiler(), str))
print(platform.system_alias('Linux', '1', '2'), platform.libc_ver()[0])
print(platform.mac_ver(), platform.win32_ver(), platform.java_ver()[0] == '')
print(isinstance(platform.node(), str), isinstance(platform.release(), str), isinstance(platform.version(), str))
