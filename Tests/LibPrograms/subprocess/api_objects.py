import subprocess

print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
e = subprocess.CalledProcessError(1, ['git', 'status'], output=b'fatal', stderr=b'err')
print(e, repr(e), e.returncode, e.cmd, e.output, e.stdout, e.stderr)
e.stdout = b'changed'
print(e.output)
print(subprocess.CalledProcessError(-15, 'sleep 10'))
print(subprocess.CalledProcessError(-99, 'weird'))
t = subprocess.TimeoutExpired(['make'], 2.5, output='partial')
print(t, t.stdout, t.timeout, isinstance(t, subprocess.SubprocessError))
cp = subprocess.CompletedProcess(['echo', 'hi'], 0, stdout='hi\n', stderr='')
print(cp, cp.check_returncode())
print(subprocess.CompletedProcess('x', 2))
try:
    subprocess.CompletedProcess(['false'], 1, b'o', b'e').check_returncode()
except subprocess.CalledProcessError as err:
    print('raised', err, err.stdout, err.stderr)
print(subprocess.CompletedProcess[str], issubclass(subprocess.CalledProcessError, Exception))
for args in [['a', 'b c'], ['x"y', 'back\\slash', 'end\\\\'], ['', 'tab\there'], ['quote\\"d']]:
    print(subprocess.list2cmdline(args))
try:
    subprocess.run(['x'], input=b'data', stdin=subprocess.PIPE)
except ValueError as err:
    print('ValueError', err)
try:
    subprocess.run(['x'], capture_output=True, stdout=subprocess.PIPE)
except ValueError as err:
    print('ValueError', err)
