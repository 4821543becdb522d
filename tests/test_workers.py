"""Worker pools: a Ctrl-C never reaches a worker, even one still starting."""

import os
import signal

from app.workers import process_pool
from tests.helpers import spawned_children


def test_a_worker_signalled_while_it_starts_still_does_its_work() -> None:
    # A terminal's Ctrl-C reaches every process of its group. A worker is spawned when the first job is
    # submitted and takes a while to import what it runs: the signal sent right then arrives during that
    # start, before any code of ours runs in the worker. It must neither print a traceback nor die.
    with process_pool(1) as pool:
        before = spawned_children()
        job = pool.submit(os.getpid)
        started = spawned_children() - before
        assert len(started) == 1
        for pid in started:
            os.kill(pid, signal.SIGINT)
        assert job.result(timeout=60) in started
