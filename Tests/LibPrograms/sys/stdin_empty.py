# The sandbox has no input: sys.stdin reads as an empty stream.
import sys

print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
print(list(sys.stdin))
for line in sys.stdin:
    print('never', line)
try:
    input('prompt> ')
except EOFError as e:
    print('EOFError', e)
