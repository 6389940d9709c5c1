# Source: written for Interleave's corpus in the style of scripts that collect async results and print a formatted report (pprint, textwrap, itertools, statistics) (not from a public source)
# Adapted: nothing
import asyncio
import itertools
import pprint
import statistics
import textwrap
from collections import Counter, OrderedDict, defaultdict, namedtuple

Sample = namedtuple("Sample", "host latency status")


async def probe(host, i):
    await asyncio.sleep(0.01 * (i % 4))
    latency = round(12.5 + (i * 7919 % 97) / 3, 2)
    status = 200 if i % 5 else 503
    return Sample(host, latency, status)


async def main():
    hosts = ["api", "db", "cache"]
    jobs = [probe(h, i) for i, h in zip(range(15), itertools.cycle(hosts))]
    samples = await asyncio.gather(*jobs)
    by_host = defaultdict(list)
    for s in samples:
        by_host[s.host].append(s)
    summary = OrderedDict()
    for host in sorted(by_host):
        lat = [s.latency for s in by_host[host]]
        summary[host] = {
            "n": len(lat),
            "mean": round(statistics.mean(lat), 3),
            "median": statistics.median(lat),
            "stdev": round(statistics.stdev(lat), 3),
            "errors": Counter(s.status for s in by_host[host] if s.status != 200),
        }
    pprint.pprint(summary, width=60)
    pprint.pprint(samples[:4])
    text = ("The probe run finished with " + ", ".join(
        f"{h} averaging {v['mean']}ms" for h, v in summary.items()) + ". ") * 2
    print(textwrap.fill(text, width=50, initial_indent="* ", subsequent_indent="  "))
    print(textwrap.shorten(text, 40))
    print(textwrap.dedent("""\
        Report
          indented
        end"""))
    for key, group in itertools.groupby(sorted(samples, key=lambda s: s.status), key=lambda s: s.status):
        print(key, len(list(group)))
    print(list(itertools.accumulate([s.latency for s in samples[:5]], max)))
    print(pprint.pformat({"nested": {"deep": list(range(30))}}, compact=True, width=40))


asyncio.run(main())
