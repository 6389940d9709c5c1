# sys.stdout.buffer: the binary layer under print, written in program order.
import sys

print('text first', flush=True)
n = sys.stdout.buffer.write('bytes: héllo\n'.encode())
print('wrote', n)
sys.stdout.buffer.writelines([b'one ', bytearray(b'two '), memoryview(b'three\n')])
sys.stdout.buffer.flush()
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.writable(), sys.stdout.buffer.name)
try:
    sys.stdout.buffer.write('not bytes')
except TypeError as e:
    print('TypeError', e)
sys.stderr.buffer.write(b'to stderr\n')
print('done')
