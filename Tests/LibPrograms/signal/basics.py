import signal
import os

print(repr(signal.SIGINT), str(signal.SIGTERM), int(signal.SIGHUP), signal.SIGUSR1.name)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.SIG_BLOCK))
print(signal.SIGIOT is signal.SIGABRT, signal.Signals(29), signal.Signals['SIGPOLL'])
print([s.name for s in signal.Signals][:10], len(signal.Signals))
print(signal.NSIG, signal.SIGALRM == 14, signal.SIGRTMIN, signal.SIGRTMAX)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
print(signal.strsignal(signal.SIGINT), signal.strsignal(15), signal.strsignal(40))
vs = signal.valid_signals()
print(len(vs), signal.SIGINT in vs, 32 in vs, 35 in vs, max(vs))

seen = []
def handler(signum, frame):
    seen.append((signum, type(signum).__name__, frame is not None))
    print('handler got', signum)

prev = signal.signal(signal.SIGUSR1, handler)
print('prev', prev)
print(signal.getsignal(signal.SIGUSR1) is handler)
print('before raise')
signal.raise_signal(signal.SIGUSR1)
print('after raise', seen)
os.kill(os.getpid(), signal.SIGUSR1)
print('after kill', len(seen))
os.kill(os.getpid(), 0)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print('ignored', len(seen))
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))

signal.signal(signal.SIGINT, lambda n, f: print('custom int', n))
signal.raise_signal(2)
print(signal.signal(signal.SIGINT, signal.default_int_handler) is not None)
signal.raise_signal(signal.SIGCHLD)
print('SIGCHLD default is ignored')

for bad in [(signal.signal, (999, handler)), (signal.signal, (0, handler)),
            (signal.getsignal, (65,)), (signal.raise_signal, (-1,)),
            (signal.strsignal, (100,)), (signal.signal, (signal.SIGTERM, 'x')),
            (signal.signal, (signal.SIGKILL, handler)),
            (signal.signal, (signal.SIGSTOP, signal.SIG_IGN)),
            (signal.raise_signal, ('2',)), (os.kill, (os.getpid(), 99)),
            (signal.Signals, (99,))]:
    try:
        bad[0](*bad[1])
    except Exception as e:
        print(type(e).__name__, e)
