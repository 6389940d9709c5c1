import asyncio, dataclasses, enum, json, logging, sys, functools, itertools, collections, statistics, datetime, typing, contextlib, time, random
from dataclasses import dataclass, field

class State(enum.Enum):
    PENDING = 'pending'
    RUNNING = 'running'
    DONE = 'done'
    FAILED = 'failed'

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    state: State = field(default=State.PENDING, compare=False)
    attempts: int = field(default=0, compare=False)
    history: list = field(default_factory=list, compare=False, repr=False)

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, enum.Enum): return o.value
        if dataclasses.is_dataclass(o): return dataclasses.asdict(o)
        if isinstance(o, datetime.datetime): return o.isoformat(timespec='seconds')
        return super().default(o)

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='%(asctime)s.%(msecs)03d %(levelname).1s %(name)s: %(message)s', datefmt='%H:%M:%S')
log = logging.getLogger('sched')
random.seed(7)

@functools.lru_cache(maxsize=None)
def cost(name: str) -> float:
    return round(len(name) * 0.1 + random.random(), 2)

async def run(task: Task, sem: asyncio.Semaphore, stats: collections.Counter):
    async with sem:
        task.state = State.RUNNING
        for attempt in itertools.count(1):
            task.attempts = attempt
            t0 = time.monotonic()
            await asyncio.sleep(cost(task.name))
            task.history.append(round(time.monotonic() - t0, 2))
            if task.name.startswith('flaky') and attempt < 3:
                log.warning('%s failed attempt %d', task.name, attempt)
                stats['retries'] += 1
                continue
            break
        task.state = State.DONE
        stats[task.state.name] += 1
        log.info('%-8s done in %d attempt(s) at %s', task.name, task.attempts, datetime.datetime.now().time())
        return task

async def main():
    tasks = [Task(p, n) for p, n in [(3, 'alpha'), (1, 'flaky-beta'), (2, 'gamma'), (1, 'delta'), (5, 'epsilon')]]
    sem = asyncio.Semaphore(2)
    stats = collections.Counter()
    async with asyncio.TaskGroup() as tg:
        futs = [tg.create_task(run(t, sem, stats), name=t.name) for t in sorted(tasks)]
    done = [f.result() for f in futs]
    print(json.dumps({'tasks': done, 'stats': stats, 'at': datetime.datetime(2024, 1, 1, 12)}, cls=Enc, indent=2, sort_keys=True))
    hist = [h for t in done for h in t.history]
    print(statistics.mean(hist), statistics.median(hist), round(statistics.pstdev(hist), 4), cost.cache_info())
    by_state = itertools.groupby(sorted(done, key=lambda t: t.state.value), key=lambda t: t.state)
    print({k: [t.name for t in g] for k, g in by_state})
    print(max(done, key=lambda t: t.attempts), min(done))
    with contextlib.suppress(KeyError):
        print(stats['missing'], stats.most_common(1))
asyncio.run(main())
