"""Where an ingest spends its time: wall and CPU seconds per stage (read, parse, places, people, store,
index), for `zhenzhi ingest --timings` and the benchmarks.

Each process keeps its own `clock`; a worker hands the parent what it measured with each result
(`take`), and the parent adds it to the report's (`add`). Wall seconds of stages that ran in several
processes at once add up to more than the time that passed; CPU seconds are what the stage cost.
"""

import resource
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

STAGES = ("read", "parse", "places", "people", "store", "index")


class StageClock:
    def __init__(self) -> None:
        self.seconds: dict[str, list[float]] = {}  # stage -> [wall, cpu]

    @contextmanager
    def stage(self, name: str, *, children: bool = False) -> Iterator[None]:
        """Time a stage; with `children`, add the CPU of the worker processes it started and ended."""
        wall, cpu = time.perf_counter(), _cpu(children)
        try:
            yield
        finally:
            spent = self.seconds.setdefault(name, [0.0, 0.0])
            spent[0] += time.perf_counter() - wall
            spent[1] += _cpu(children) - cpu

    def take(self, names: Iterable[str]) -> dict[str, list[float]]:
        """The seconds of these stages, removed from this clock (a worker's part, for its parent)."""
        return {name: self.seconds.pop(name) for name in names if name in self.seconds}

    def add(self, seconds: dict[str, list[float]]) -> None:
        for name, (wall, cpu) in seconds.items():
            spent = self.seconds.setdefault(name, [0.0, 0.0])
            spent[0] += wall
            spent[1] += cpu

    def lines(self) -> list[str]:
        ordered = [s for s in STAGES if s in self.seconds] + [s for s in self.seconds if s not in STAGES]
        return [f"{name}: {self.seconds[name][0]:.1f} s wall, {self.seconds[name][1]:.1f} s CPU" for name in ordered]


def _cpu(children: bool) -> float:
    # getrusage, not time.process_time(): on some virtual machines the latter is a slow system call
    # (up to milliseconds), which would cost more than the stages it measures.
    spent = resource.getrusage(resource.RUSAGE_SELF)
    seconds = spent.ru_utime + spent.ru_stime
    if children:
        spent = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds += spent.ru_utime + spent.ru_stime
    return seconds


clock = StageClock()  # this process's stages; a worker's are taken with each result
