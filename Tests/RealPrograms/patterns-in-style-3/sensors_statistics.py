# Source: written for Interleave's corpus in the style of IoT sensor-monitoring demos (async sensors, statistics, anomaly detection) (not from a public source)
# Adapted: nothing
import asyncio
import math
import random
import statistics
from collections import defaultdict, deque
from dataclasses import dataclass


@dataclass
class Reading:
    sensor: str
    t: float
    value: float


class Sensor:
    def __init__(self, name, base, noise, period, seed):
        self.name = name
        self.base = base
        self.noise = noise
        self.period = period
        self.rng = random.Random(seed)

    async def stream(self, count):
        loop = asyncio.get_running_loop()
        for i in range(count):
            await asyncio.sleep(self.period)
            value = self.base + self.rng.gauss(0, self.noise) + math.sin(i / 3) * self.noise
            if i == 7 and self.name == "boiler":
                value += 25
            yield Reading(self.name, round(loop.time(), 2), round(value, 3))


class Monitor:
    def __init__(self, window=5, z_limit=2.0):
        self.windows = defaultdict(lambda: deque(maxlen=window))
        self.z_limit = z_limit
        self.alerts = []
        self.all = defaultdict(list)

    def observe(self, r: Reading):
        w = self.windows[r.sensor]
        if len(w) >= 3:
            mu = statistics.fmean(w)
            sd = statistics.stdev(w)
            z = (r.value - mu) / sd if sd else 0.0
            if abs(z) > self.z_limit:
                self.alerts.append(f"{r.t:5.2f} {r.sensor}: {r.value:.2f} (z={z:+.1f})")
        w.append(r.value)
        self.all[r.sensor].append(r.value)


async def pump(sensor, monitor, count):
    async for reading in sensor.stream(count):
        monitor.observe(reading)


async def main():
    sensors = [Sensor("boiler", 80.0, 1.5, 0.5, 1), Sensor("room", 21.0, 0.3, 0.7, 2), Sensor("outside", 4.0, 2.0, 1.0, 3)]
    monitor = Monitor()
    await asyncio.gather(*(pump(s, monitor, 12) for s in sensors))
    print("alerts:")
    for a in monitor.alerts:
        print("  ", a)
    print(f"{'sensor':<8} {'n':>3} {'mean':>8} {'median':>8} {'stdev':>7} {'min':>7} {'max':>7}")
    for name, values in monitor.all.items():
        print(f"{name:<8} {len(values):>3} {statistics.mean(values):8.3f} {statistics.median(values):8.3f} "
              f"{statistics.stdev(values):7.3f} {min(values):7.2f} {max(values):7.2f}")
    boiler = monitor.all["boiler"]
    print([round(q, 2) for q in statistics.quantiles(boiler, n=4)], round(statistics.pvariance(boiler), 4))
    dist = statistics.NormalDist.from_samples(monitor.all["room"])
    print(f"{dist.mean:.3f} {dist.stdev:.3f} {dist.cdf(21.0):.3f} {dist.inv_cdf(0.95):.3f}")
    print(statistics.NormalDist(0, 1).pdf(0), statistics.NormalDist(10, 2) + 5, statistics.median_grouped([1, 2, 2, 3, 4]))
    print(statistics.mode(["a", "b", "b"]), round(statistics.covariance([1, 2, 3, 4], [2, 4, 5, 9]), 4))


asyncio.run(main())
