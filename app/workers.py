"""Worker processes for the CPU-heavy steps (parsing and tagging pages, writing index segments).

Workers are spawned, never forked: the parent may hold SQLite connections and threads. Ctrl-C belongs to
the parent alone. A terminal sends it to the whole process group, and a spawned worker neither inherits
the parent's blocked signals nor can ignore them before Python has imported what it runs; but a process
keeps an *ignored* signal ignored across exec, and Python then installs no KeyboardInterrupt handler. So
while a pool lives, the parent ignores Ctrl-C and blocks it (on Linux a blocked signal stays pending even
when ignored); it lets it through only while it waits for results (`interrupts_allowed`), and a Ctrl-C
pressed meanwhile arrives then. A worker also dies with its parent: without that, a parent killed
outright (SIGKILL, the out-of-memory killer) leaves workers blocked forever on a queue whose other end
they hold themselves.
"""

from __future__ import annotations

import ctypes
import multiprocessing as mp
import os
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_held_handlers: list = []  # the Ctrl-C handlers interrupts_held() set aside, innermost last


@contextmanager
def process_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of `workers` spawned processes that never see Ctrl-C and die with this process. Wait for
    results inside `interrupts_allowed()`; an interrupted job cancels what is queued and ends the
    workers before the interruption goes on."""
    with interrupts_held():
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"),
                                   initializer=_start_worker, initargs=(os.getpid(),))
        try:
            yield pool
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)  # no worker outlives the interrupted job
            raise
        pool.shutdown(wait=True)


def _start_worker(parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: a worker then outlives a parent killed outright
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _can_hold() -> bool:
    # Handlers can be changed from the main thread only, where Python handles signals anyway.
    return hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread()


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Ctrl-C blocked and ignored: processes started meanwhile start with it ignored; one pressed meanwhile
    waits in this process until it is let through."""
    if not _can_hold():
        yield
        return
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    _held_handlers.append(signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, _held_handlers.pop())
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


@contextmanager
def interrupts_allowed() -> Iterator[None]:
    """Ctrl-C let through (inside `interrupts_held`): for the parent's waits, while no worker starts."""
    if not _can_hold() or not _held_handlers:
        yield
        return
    handler = signal.signal(signal.SIGINT, _held_handlers[-1])
    mask = signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        signal.signal(signal.SIGINT, handler)
