"""Ingest benchmark: `zhenzhi ingest` end to end, with seconds per stage and peak memory.

    .venv/bin/python bench/ingest_bench.py --n 10000 100000 --out /tmp/ingest_bench
    .venv/bin/python bench/ingest_bench.py --n 10000 --checkout /tmp/older --out /tmp/ingest_bench

For each N: writes the search benchmark's N generated articles as page files (ten a page, with a date sidecar;
the same files on every run, kept in OUT for the next one), runs `zhenzhi ingest --timings FOLDER` on a fresh
data folder, then once more on the unchanged folder. Reports articles stored per second, wall and CPU seconds
per stage (as `--timings` prints them), CPU seconds of the whole run (the command and its workers, from the
kernel's accounting) and of the command alone (sampled), and peak memory: the command's and each worker's VmHWM
and the largest sum of their resident sizes, sampled every 50 ms. With `--export`, the archive is also exported
to OUT/export-N.jsonl, to compare the output of two versions. `--checkout` runs the code of another checkout of
the project (say `git worktree add /tmp/older COMMIT`) with this environment.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pages_for(n: int, out: Path) -> Path:
    folder = out / f"pages-{n}"
    done = folder / ".complete"
    if not done.exists():
        # The generator draws from a set of names: a fixed hash seed makes the same pages on every run.
        script = ("import sys, pathlib, search_bench; "
                  "search_bench.write_pages(search_bench.iter_docs(int(sys.argv[1])), int(sys.argv[1]), "
                  "pathlib.Path(sys.argv[2]))")
        subprocess.run([sys.executable, "-c", script, str(n), str(folder)], check=True, cwd=ROOT / "bench",
                       env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)})
        done.write_text(str(n))
    return folder


def tree(pid: int) -> list[int]:
    """The process and its descendants."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                todo += [int(c) for c in open(f"/proc/{p}/task/{task}/children").read().split()]
        except OSError:
            pass
    return found


def status_kb(pid: int, key: str) -> int:
    try:
        for line in open(f"/proc/{pid}/status", encoding="ascii"):
            if line.startswith(key):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def own_cpu_s(pid: int) -> float:
    """A process's user and system CPU seconds so far, its children's left out (/proc/PID/stat)."""
    try:
        fields = open(f"/proc/{pid}/stat", encoding="ascii").read().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class MemoryWatch(threading.Thread):
    """Samples a process tree: each process's VmHWM as last seen, and the largest sum of VmRSS."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.hwm, self.peak_sum_kb, self.stop = pid, {}, 0, threading.Event()
        self.command_cpu_s = 0.0  # the command's own CPU (not its workers'), as last seen

    def run(self) -> None:
        while not self.stop.wait(0.05):
            self.command_cpu_s = max(self.command_cpu_s, own_cpu_s(self.pid))
            pids = tree(self.pid)
            self.peak_sum_kb = max(self.peak_sum_kb, sum(status_kb(p, "VmRSS:") for p in pids))
            for p in pids:
                self.hwm[p] = max(self.hwm.get(p, 0), status_kb(p, "VmHWM:"))


def load() -> str:
    return open("/proc/loadavg").read().split(" ")[0]


def zhenzhi(checkout: Path, *args: str) -> list[str]:
    return [sys.executable, "-c", "from app.cli import main; main()", *args] if checkout != ROOT else \
        [str(Path(sys.executable).with_name("zhenzhi")), *args]


def measure(cmd: list[str], env: dict[str, str], cwd: Path) -> dict:
    """Run `cmd` to its end: wall and CPU seconds (it and its workers), output, peak memory."""
    load_before = load()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            stdin=subprocess.DEVNULL)
    watch = MemoryWatch(proc.pid)
    watch.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    watch.stop.set()
    watch.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    parent = watch.hwm.pop(proc.pid, 0)
    return {
        "returncode": proc.returncode, "out": out, "err": err, "wall_s": round(wall, 1),
        "cpu_s": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 1),
        "command_cpu_s": round(watch.command_cpu_s, 1),  # to its last 50 ms
        "load_before": load_before, "load_after": load(),
        "peak_rss_mb": {"parent": round(parent / 1024), "workers": sorted((round(k / 1024) for k in watch.hwm.values()),
                                                                        reverse=True),
                        "largest_sum": round(watch.peak_sum_kb / 1024)},
    }


def ingest(checkout: Path, pages: Path, data: Path) -> dict:
    env = {**os.environ, "ZHENZHI_DATA_DIR": str(data), "PYTHONPATH": str(checkout)}
    env.pop("ZHENZHI_DATABASE_URL", None)
    run = measure(zhenzhi(checkout, "ingest", "--timings", "--no-progress", str(pages)), env, checkout)
    out, err = run.pop("out"), run.pop("err")
    if run.pop("returncode") not in (0, 1):
        raise RuntimeError(f"ingest failed: {err[-2000:]}")
    m = re.search(r"(\d+) articles, (\d+) photos, (\d+) rejected, (\d+) unchanged", out)
    stored = int(m.group(1)) + int(m.group(2)) if m else 0
    stages = {s: {"wall_s": float(w), "cpu_s": float(c)}
              for s, w, c in re.findall(r"stage (\w+): ([\d.]+) s wall, ([\d.]+) s CPU", err)}
    return {"summary": out.strip(), "stored": stored,
            "articles_per_s": round(stored / run["wall_s"]) if stored else None, "stages": stages, **run}


def run(n: int, out: Path, checkout: Path, export: bool) -> dict:
    pages = pages_for(n, out)
    data = out / f"data-{n}"
    shutil.rmtree(data, ignore_errors=True)
    report = {"n": n, "checkout": str(checkout), "first": ingest(checkout, pages, data),
              "again_unchanged": ingest(checkout, pages, data)}
    if export:
        env = {**os.environ, "ZHENZHI_DATA_DIR": str(data), "PYTHONPATH": str(checkout)}
        with open(out / f"export-{n}.jsonl", "w", encoding="utf-8") as f:
            subprocess.run(zhenzhi(checkout, "export"), env=env, cwd=checkout, stdout=f, check=True)
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--out", type=Path, default=ROOT / "bench/out/ingest")
    ap.add_argument("--checkout", type=Path, default=ROOT, help="the project checkout whose code runs")
    ap.add_argument("--export", action="store_true", help="export each archive to OUT/export-N.jsonl")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for n in args.n:
        report = run(n, args.out, args.checkout.resolve(), args.export)
        print(json.dumps(report, ensure_ascii=False, indent=2), flush=True)
        (args.out / f"ingest_{n}.json").write_text(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
