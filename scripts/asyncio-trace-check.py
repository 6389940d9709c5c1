#!/usr/bin/env python3
"""Check Lib/asyncio's trace events on CPython, through a fake `_interleave`.

usage: python3 scripts/asyncio-trace-check.py [--dump] [--random SEED] PROG.py ...

For each program: installs a stand-in for the VM's native `_interleave`
module (trace collection, deadlock and limit hooks, async generator hooks
mapped to sys's), runs the program with our Lib/ modules as
scripts/lib-harness.py does (in a child process, so each run starts with
fresh module state), then checks the invariants the Interleave trace must
keep. It also compares stdout with PROG.out when present, proving that
recording a trace does not change behaviour. Prints one line per failing
program and `passed P/T`; exit status 0 only if every program passed.
With --random SEED the fake VM also provides `choose` (a seeded random
scheduling policy): the invariants must hold, stdout is not compared.
--random zero always chooses 0, which must reproduce CPython's order: stdout
is compared.
"""
import importlib.util
import json
import os
import subprocess
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
ON_KINDS = {'sleep', 'yield', 'future', 'task', 'lock', 'event', 'queue_get',
            'queue_put', 'semaphore', 'condition', 'gather', 'wait'}


def fake_interleave(events):
    mod = types.ModuleType('_interleave')

    def trace(kind, fields):
        assert isinstance(kind, str) and isinstance(fields, dict)
        events.append(dict(fields, kind=kind))

    def deadlock(graph):
        events.append({'kind': 'deadlock', 'graph': graph})
        finish(events, 3)

    def limit(name, value):
        events.append({'kind': 'limit', 'name': name, 'value': value})
        finish(events, 4)

    def set_hooks(firstiter, finalizer):
        sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)

    def get_hooks():
        hooks = sys.get_asyncgen_hooks()
        return (hooks.firstiter, hooks.finalizer)

    import weakref
    mod.trace = trace
    mod.deadlock = deadlock
    mod.limit = limit
    mod.time_limit = lambda: 86400.0
    mod.set_asyncgen_hooks = set_hooks
    mod.get_asyncgen_hooks = get_hooks
    mod.WeakSet = weakref.WeakSet
    mod.stderr = sys.stderr.write
    seed = os.environ.get('TRACE_RANDOM')
    if seed is not None:
        import random
        chooser = random.Random(0 if seed == 'zero' else int(seed))

        def choose(n):
            assert n > 1
            pick = 0 if seed == 'zero' else chooser.randrange(n)
            events.append({'kind': 'choice', 'n': n, 'pick': pick})
            return pick
        mod.choose = choose
    return mod


def finish(events, status):
    sys.stdout.flush()
    with open(os.environ['TRACE_OUT'], 'w') as out:
        json.dump({'status': status, 'events': events}, out, default=repr)
    os._exit(status)


def child(path):
    events = []
    sys.modules['_interleave'] = fake_interleave(events)
    spec = importlib.util.spec_from_file_location(
        'lib_harness', os.path.join(HERE, 'lib-harness.py'))
    harness = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(harness)
    sys.argv = ['lib-harness', path]
    status = 0
    try:
        harness.main()
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        import traceback
        traceback.print_exc()
        status = 1
    finish(events, status)


def check(events):
    """Returns a list of invariant violations."""
    problems = []
    wakes = {}       # task -> pending wakes
    state = {}       # task -> 'pending' | 'finished'
    running = None
    last_time = None
    for n, ev in enumerate(events):
        kind = ev['kind']
        if kind in ('deadlock', 'limit', 'choice'):
            continue
        t = ev.get('time')
        if not isinstance(t, (int, float)):
            problems.append(f'#{n} {kind}: time {t!r} is not a number')
        if kind == 'clock' and ev.get('reset'):
            last_time = t
            continue
        if last_time is not None and t < last_time:
            problems.append(f'#{n} {kind}: time went back {last_time} -> {t}')
        last_time = t
        task = ev.get('task')
        if kind == 'clock':
            if not ev['from'] < t:
                problems.append(f'#{n} clock does not advance')
        elif kind == 'spawn':
            if task in state:
                problems.append(f'#{n} task id {task} spawned twice')
            state[task] = 'pending'
            wakes[task] = 0
        elif kind == 'wake':
            if state.get(task) != 'pending':
                problems.append(f'#{n} wake of non-pending task {task}')
            wakes[task] = wakes.get(task, 0) + 1
        elif kind == 'resume':
            if running is not None:
                problems.append(f'#{n} resume of {task} while {running} runs')
            if wakes.get(task, 0) < 1:
                problems.append(f'#{n} resume of {task} without a wake')
            wakes[task] = wakes.get(task, 0) - 1
            running = task
        elif kind in ('suspend', 'done', 'raise'):
            if running != task:
                problems.append(f'#{n} {kind} of {task} but {running} runs')
            running = None
            if kind == 'suspend':
                on = ev.get('on')
                if not isinstance(on, dict) or on.get('kind') not in ON_KINDS:
                    problems.append(f'#{n} suspend without a known on: {on!r}')
            else:
                state[task] = 'finished'
        elif kind == 'cancel':
            if state.get(task) != 'pending':
                problems.append(f'#{n} cancel of non-pending task {task}')
        elif kind == 'rename':
            if task not in state:
                problems.append(f'#{n} rename of unknown task {task}')
        elif kind == 'warning':
            if ev.get('warning') not in ('exception-never-retrieved',
                                         'pending-at-exit'):
                problems.append(f'#{n} unknown warning {ev.get("warning")!r}')
        elif kind == 'callback':
            if running is not None:
                problems.append(f'#{n} callback inside task {running}')
        else:
            problems.append(f'#{n} unknown kind {kind}')
    return problems


def run_one(path, dump, seed):
    out_path = '/tmp/asyncio-trace-%d.json' % os.getpid()
    env = dict(os.environ, TRACE_OUT=out_path)
    if seed is not None:
        env['TRACE_RANDOM'] = seed
    proc = subprocess.run([sys.executable, os.path.abspath(__file__),
                           '--child', path], env=env, capture_output=True,
                          timeout=60)
    with open(out_path) as f:
        result = json.load(f)
    os.unlink(out_path)
    problems = check(result['events'])
    expected = os.path.splitext(path)[0] + '.out'
    if seed in (None, 'zero') and os.path.exists(expected):
        with open(expected, 'rb') as f:
            if f.read() != proc.stdout:
                problems.append('stdout differs from .out while tracing')
    if dump:
        for ev in result['events']:
            print(json.dumps(ev))
    return problems, len(result['events'])


def main():
    args = sys.argv[1:]
    if args[:1] == ['--child']:
        child(args[1])
        return
    dump = False
    seed = None
    while args[:1] in (['--dump'], ['--random']):
        if args[0] == '--dump':
            dump = True
            args = args[1:]
        else:
            seed = args[1]
            args = args[2:]
    passed = 0
    for path in args:
        problems, count = run_one(path, dump, seed)
        if problems:
            print(f'FAIL {path} ({count} events)')
            for p in problems[:5]:
                print('   ', p)
        else:
            passed += 1
    print(f'passed {passed}/{len(args)}')
    sys.exit(0 if passed == len(args) else 1)


if __name__ == '__main__':
    main()
