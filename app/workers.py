"""Worker processes for the CPU-heavy steps (parsing and tagging pages, writing index segments).

Workers are spawned, never forked: the parent may hold SQLite connections and threads. Ctrl-C belongs to
the parent alone: a terminal sends it to the whole process group, so the parent holds it back while
workers start (they inherit the blocked signal and then ignore it) and lets it through only while it waits
for results. A worker dies with its parent: without that, a parent killed outright (SIGKILL, the
out-of-memory killer) leaves workers blocked forever on a queue whose other end they hold themselves.
"""

from __future__ import annotations

import ctypes
import multiprocessing as mp
import os
import signal
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of `workers` spawned processes that ignore Ctrl-C and die with this process."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"),
                               initializer=_start_worker, initargs=(os.getpid(),))


def _start_worker(parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: workers then end when their queue closes
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C back while worker processes start: they inherit the blocked signal, so only the parent
    ever sees it (a worker interrupted while starting would print a traceback). The parent takes a held
    Ctrl-C as soon as it lets it through again."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextmanager
def interrupts_allowed() -> Iterator[None]:
    """Let Ctrl-C through while the parent waits for and stores results (workers keep it blocked)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
