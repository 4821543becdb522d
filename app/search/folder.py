"""The index folder: build directories, the ``live`` link, and tidying up.

Layout::

    index/
      live -> build-18c…-4242      the build searches use (a relative symlink)
      build-18c…-4242/             live
      build-18b…-4100/             the previous build (a reader may still use it)
      .build-18d…-4300.lock        a build in progress (held with flock)

A build in progress is *claimed* before its directory exists: a lock file,
already flock()ed, is renamed into place, so any process that sees the
directory also sees a held lock. A build directory whose lock is missing or
free was left by a finished or crashed writer, and is removed unless it is
live or the previous one. flock is released by the kernel when a process
dies, so a crashed build never looks busy.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import json
import logging
import os
import shutil
import threading
import time
from pathlib import Path

from whoosh import index as windex

from .whoosh_internals import segment_ids

LIVE = "live"
PREFIX = "build-"
log = logging.getLogger("zhenzhi.index")


def new_build_name() -> str:
    return f"{PREFIX}{time.time_ns():x}-{os.getpid()}-{threading.get_ident() % 10_000}"


def _lock_path(index_dir: Path, name: str) -> Path:
    return index_dir / f".{name}.lock"


def claim(index_dir: Path, name: str) -> int:
    """Mark build `name` as in progress (before creating it); returns the
    lock's file descriptor for :func:`release`."""
    tmp = index_dir / f".claim.{os.getpid()}.{threading.get_ident()}"
    fd = os.open(tmp, os.O_CREAT | os.O_RDWR | os.O_TRUNC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.replace(tmp, _lock_path(index_dir, name))
    except BaseException:
        os.close(fd)
        raise
    return fd


def release(index_dir: Path, name: str, fd: int) -> None:
    try:
        os.unlink(_lock_path(index_dir, name))
    except FileNotFoundError:
        pass
    os.close(fd)


def _busy(lock: Path) -> bool:
    """True while another open description holds the lock (any process,
    this one included)."""
    try:
        fd = os.open(lock, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # also drops the lock if we got it
    return False


def live_target(index_dir: Path) -> str | None:
    """Name of the build `live` points to; None if it is missing or a real
    directory."""
    live = index_dir / LIVE
    if not live.is_symlink():
        return None
    return os.path.basename(os.readlink(live).rstrip("/"))


def swap_in(index_dir: Path, build: Path) -> str:
    """Point `live` at `build` in one atomic step; returns the name of the
    build that was live before ("" if none)."""
    live = index_dir / LIVE
    tmp_link = index_dir / f".{LIVE}.{os.getpid()}.{threading.get_ident()}"
    if tmp_link.is_symlink() or tmp_link.exists():
        tmp_link.unlink()
    os.symlink(build.name, tmp_link)
    if live.is_symlink() or not live.exists():
        previous = live_target(index_dir) or ""
        os.replace(tmp_link, live)  # atomic: readers see the old build or the new
        return previous
    # `live` is a real directory: the data folder was copied by a tool that
    # follows symlinks. rename() cannot put a link over a directory, so the
    # two are exchanged (renameat2, atomic) and the directory is kept under
    # a build name as the previous build, which readers may still be using.
    previous = new_build_name() + "-copied"
    if _exchange(tmp_link, live):
        os.rename(tmp_link, index_dir / previous)
    else:  # no renameat2: for a moment there is no `live` (reads as "no index")
        os.rename(live, index_dir / previous)
        os.replace(tmp_link, live)
    return previous


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE)."""
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def cleanup(index_dir: Path, keep: set[str]) -> None:
    """Remove builds that are neither kept nor in progress, and stale locks."""
    target = live_target(index_dir)
    keep = keep | ({target} if target else set())
    for p in index_dir.glob(PREFIX + "*"):
        if p.name in keep or _busy(_lock_path(index_dir, p.name)):
            continue
        shutil.rmtree(p, ignore_errors=True)
        _unlink_if_free(_lock_path(index_dir, p.name))
    for lock in index_dir.glob(f".{PREFIX}*.lock"):
        if not (index_dir / lock.name[1:-len(".lock")]).exists():
            _unlink_if_free(lock)
    for tmp in index_dir.glob(f".{LIVE}.*"):  # links left by a swap that crashed
        pid = tmp.name.split(".")[2]
        if tmp.is_symlink() and pid.isdigit() and not _alive(int(pid)):
            tmp.unlink(missing_ok=True)


def _unlink_if_free(lock: Path) -> None:
    if not _busy(lock):
        lock.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# -- verifying a build -----------------------------------------------------------

def manifest(build: Path, skip: str) -> dict[str, int]:
    """Size of every file of a build (its stamp `skip` and locks aside), recorded in the stamp."""
    return {p.name: p.stat().st_size for p in build.iterdir()
            if p.is_file() and p.name != skip and not p.name.startswith(".") and not p.name.endswith("LOCK")}


def damage(build: Path, segment_ids: list[str], recorded: dict[str, int] | None) -> str | None:
    """What is wrong with the files of the segments a build's table of contents lists, compared with the
    sizes recorded when it was written: a missing or truncated file (None if all is well). A segment with
    nothing recorded was added after the stamp (an update in progress) and is not judged."""
    if not recorded:
        return None
    for segid in segment_ids:
        prefix = f"{segid}."
        for name, size in recorded.items():
            if not name.startswith(prefix):
                continue
            try:
                actual = os.stat(build / name).st_size
            except FileNotFoundError:
                return f"{name} is missing"
            if actual != size:
                return f"{name} has {actual} bytes, {size} were written"
    return None


def intact(build: Path, stamp_name: str, verified: dict[tuple, bool]) -> bool:
    """Whether a build's segment files are as its stamp recorded; checked once per build and stamp
    (`verified` remembers), and a damaged build is logged once."""
    try:
        build = build.resolve()
        key = (build.name, os.stat(build / stamp_name).st_mtime_ns)
    except OSError:
        return False
    if key not in verified:
        try:
            recorded = json.loads((build / stamp_name).read_text(encoding="utf-8")).get("files")
            problem = damage(build, segment_ids(windex.open_dir(str(build))), recorded)
        except Exception as error:
            problem = f"cannot be opened ({type(error).__name__}: {error})"
        if problem:
            log.error("search index %s is damaged: %s; answering from an earlier build while it is rebuilt",
                      build.name, problem)
        verified[key] = problem is None
    return verified[key]


def builds_newest_first(index_dir: Path) -> list[Path]:
    return sorted((p for p in index_dir.glob(PREFIX + "*") if p.is_dir()), key=lambda p: p.name, reverse=True)
