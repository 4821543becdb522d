"""The system's page cache: reading parts of files into it ahead of use, dropping files from it, and
counting what of a file it holds (Linux: posix_fadvise, mincore, per-thread priorities).

Reading ahead is plain ``pread`` of a chunk at a time into one reused buffer: the call releases the
interpreter's lock, a reader's own disk read waits behind one chunk at most, and a chunk already in the
cache costs a copy, not a disk read.
"""

from __future__ import annotations

import ctypes
import mmap
import os
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

CHUNK = 1 << 20
_PAGE = mmap.PAGESIZE
# ioprio_set(2): the idle class reads the disk only when nobody else does (where the I/O scheduler has
# priorities, e.g. mq-deadline and BFQ). Syscall numbers by machine.
_IOPRIO_SET = {"x86_64": 251, "aarch64": 30}
_IOPRIO_WHO_PROCESS, _IOPRIO_CLASS_IDLE, _IOPRIO_CLASS_SHIFT = 1, 3, 13


class Span(NamedTuple):
    """Bytes `offset` … `offset + length` of the file at `path`."""

    path: Path
    offset: int
    length: int


def whole(path: Path) -> Span:
    return Span(path, 0, os.path.getsize(path))


def mem_available() -> int | None:
    """Memory the system can give without swapping (MemAvailable), in bytes; None where it is not known."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def read_ahead(spans: Iterable[Span], stop: threading.Event | None = None) -> int:
    """Read `spans` in order into the page cache (a file gone meanwhile is passed over); stops early when
    `stop` is set. Returns the bytes read."""
    view = memoryview(bytearray(CHUNK))
    done = 0
    for span in spans:
        try:
            fd = os.open(span.path, os.O_RDONLY)
        except FileNotFoundError:  # a build removed meanwhile
            continue
        try:
            at, end = span.offset, span.offset + span.length
            while at < end and not (stop is not None and stop.is_set()):
                n = os.preadv(fd, [view[:min(CHUNK, end - at)]], at)
                if n <= 0:  # the file got shorter
                    break
                at += n
                done += n
        finally:
            os.close(fd)
    return done


def evict(path: Path) -> None:
    """Drop a file's pages from the page cache (written out first, so that every page is clean and goes)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def _libc() -> ctypes.CDLL:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mmap.restype = ctypes.c_void_p
    libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
    libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
    libc.mincore.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p]
    return libc


def cached_bytes(span: Span) -> int:
    """How much of `span` the page cache holds (in whole pages, as mincore(2) sees them through a map
    that touches none of them)."""
    if span.length <= 0:
        return 0
    first = span.offset - span.offset % _PAGE
    length = span.offset + span.length - first
    libc = _libc()
    fd = os.open(span.path, os.O_RDONLY)
    try:
        addr = libc.mmap(None, length, mmap.PROT_READ, mmap.MAP_SHARED, fd, first)
        if addr in (None, ctypes.c_void_p(-1).value):
            raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()), str(span.path))
        try:
            pages = -(-length // _PAGE)
            vec = ctypes.create_string_buffer(pages)
            if libc.mincore(addr, length, vec) != 0:
                raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()), str(span.path))
            return min(span.length, (pages - vec.raw[:pages].count(0)) * _PAGE)
        finally:
            libc.munmap(addr, length)
    finally:
        os.close(fd)


def yield_to_others() -> None:
    """Lower the calling thread's CPU and disk priority (nice 19, the idle I/O class), where the system
    allows; a thread that reads ahead must not slow the requests it is there to speed up."""
    tid = threading.get_native_id()
    try:
        os.setpriority(os.PRIO_PROCESS, tid, 19)  # on Linux, one thread's niceness
    except (OSError, AttributeError):
        pass
    number = _IOPRIO_SET.get(os.uname().machine)
    if number is not None:
        try:
            ctypes.CDLL(None, use_errno=True).syscall(number, _IOPRIO_WHO_PROCESS, tid,
                                                      _IOPRIO_CLASS_IDLE << _IOPRIO_CLASS_SHIFT)
        except (OSError, AttributeError):
            pass
