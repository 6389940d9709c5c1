# Source: written for Interleave's corpus in the style of David Beazley-like generator pipeline tutorials (not from a public source)
# Adapted: an in-memory log replaces the followed file
import itertools
from collections import namedtuple

LINES = """\
81.107.39.38 - - [24/Feb/2008:00:08:59 -0600] "GET /ply/ HTTP/1.1" 200 7587
81.107.39.38 - - [24/Feb/2008:00:08:59 -0600] "GET /favicon.ico HTTP/1.1" 404 133
24.1.247.118 - - [24/Feb/2008:00:15:41 -0600] "GET /ply/ply-2.3.tar.gz HTTP/1.1" 200 97238
24.1.247.118 - - [24/Feb/2008:00:15:41 -0600] "GET /ply/example.html HTTP/1.1" 304 -
66.249.65.37 - - [24/Feb/2008:00:16:27 -0600] "GET /robots.txt HTTP/1.1" 404 133
12.22.208.153 - - [24/Feb/2008:00:17:58 -0600] "GET /ply/ply.html HTTP/1.1" 200 97238
""".splitlines()

Record = namedtuple("Record", "host date request status bytes")


def lines_from(source):
    for line in source:
        yield line.rstrip("\n")


def parse(lines):
    for line in lines:
        host, _, _, date, _tz, *req, status, nbytes = line.split()
        yield Record(host, date.lstrip("["), " ".join(req).strip('"'), int(status), 0 if nbytes == "-" else int(nbytes))


def field_filter(records, **conds):
    for r in records:
        if all(getattr(r, k) == v for k, v in conds.items()):
            yield r


def coroutine(fn):
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start


@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        target.close()


@coroutine
def broadcast(*targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    except GeneratorExit:
        for t in targets:
            t.close()


@coroutine
def printer(prefix):
    count = 0
    try:
        while True:
            item = yield
            count += 1
            print(f"{prefix}{item[:60]}")
    except GeneratorExit:
        print(f"{prefix}closed after {count} items")


def averager():
    total, count, avg = 0, 0, None
    while True:
        term = yield avg
        if term is None:
            return total, count
        total += term
        count += 1
        avg = total / count


def delegate(results, key):
    while True:
        results[key] = yield from averager()


def chunked(iterable, n):
    it = iter(iterable)
    while batch := list(itertools.islice(it, n)):
        yield batch


def main():
    records = list(parse(lines_from(LINES)))
    total = sum(r.bytes for r in records)
    print("total bytes", total)
    print([r.request.split()[1] for r in field_filter(records, status=404)])
    hosts = sorted({r.host for r in records}, key=lambda h: tuple(map(int, h.split("."))))
    print(hosts)
    largest = max(records, key=lambda r: r.bytes)
    print(largest.host, largest.bytes)

    sink = broadcast(grep("ply", printer("ply> ")), grep("404", printer("404> ")))
    for line in LINES:
        sink.send(line)
    sink.close()

    results = {}
    for key, values in {"sizes": [r.bytes for r in records], "codes": [r.status for r in records]}.items():
        group = delegate(results, key)
        next(group)
        for v in values:
            group.send(v)
        group.send(None)
    print(results)

    gen = averager()
    next(gen)
    print([gen.send(v) for v in (10, 20, 30)])
    try:
        gen.send(None)
    except StopIteration as exc:
        print("returned", exc.value)
    print(list(chunked(range(7), 3)), list(chunked([], 2)))
    squares = (n * n for n in itertools.count())
    print(list(itertools.takewhile(lambda s: s < 50, squares)), next(squares))
    g = (x for x in range(3))
    print(list(g), list(g), type(g).__name__)


main()
