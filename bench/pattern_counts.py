"""Which regular expressions an ingest runs, and how much text each scans: a one-process ingest of PAGES with every
pattern compiled in `app/` counted.

    .venv/bin/python bench/pattern_counts.py PAGES DATA [--top 40]

DATA is a data folder, emptied first (see bench/ingest_one_process.py). For each pattern and method: the calls, the
characters scanned (a `search` from `pos` to its match or to `endpos`; `findall`, `finditer`, `sub`, `split` the
whole text; a `match` its match, or one character where it fails) and the seconds under the counting, largest scan
first. A pattern that opens with a character class is tested against each character it scans in the engine's slow
loop; one that opens with a literal is skipped to in C.
"""

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path
from time import perf_counter

_SCANNING = ("search", "findall", "finditer", "sub", "subn", "split", "match", "fullmatch")
counts: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0, 0.0])  # calls, characters, seconds


def scanned(method: str, args: tuple, kwargs: dict, result: object) -> int:
    text = args[1] if method in ("sub", "subn") else args[0]
    if not isinstance(text, str):
        return 0
    if method == "search":
        pos = args[1] if len(args) > 1 else kwargs.get("pos", 0)
        end = min(args[2] if len(args) > 2 else kwargs.get("endpos", len(text)), len(text))
        return (result.start() if result else end) - pos  # type: ignore[attr-defined]
    if method in ("match", "fullmatch"):
        return result.end() - result.start() if result else 1  # type: ignore[attr-defined]
    return len(text)


class Counted:
    """A compiled pattern whose scanning methods count their calls and characters."""

    def __init__(self, pattern: re.Pattern, where: str) -> None:
        self._pattern, self._where = pattern, where

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        method = getattr(self._pattern, name)
        if name not in _SCANNING:
            return method
        tally = counts[(f"{self._where} {self._pattern.pattern[:60]!r}", name)]

        def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
            started = perf_counter()
            result = method(*args, **kwargs)
            if name == "finditer":
                result = iter(list(result))
            tally[2] += perf_counter() - started
            tally[0] += 1
            tally[1] += scanned(name, args, kwargs, None if name == "finditer" else result)
            return result
        return counted


_compile = re.compile


def compile_counted(pattern, flags=0):  # type: ignore[no-untyped-def]
    compiled = _compile(pattern, flags)
    caller = sys._getframe(1).f_code.co_filename
    if isinstance(pattern, re.Pattern) or "/app/" not in caller:
        return compiled
    return Counted(compiled, f"{caller.split('/app/')[-1]}:{sys._getframe(1).f_lineno}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", type=Path)
    ap.add_argument("data", type=Path)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    re.compile = compile_counted  # before app/ is imported: its patterns are compiled at import
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import shutil

    from ingest_one_process import open_archive

    shutil.rmtree(args.data, ignore_errors=True)
    settings, engine = open_archive(args.data)
    from app.jobs.pipeline import ingest_and_index

    print(ingest_and_index(settings, engine, [args.pages], workers=1).summary())
    for (where, method), (calls, chars, seconds) in sorted(counts.items(), key=lambda kv: -kv[1][1])[:args.top]:
        print(f"{chars / 1e6:8.2f} M characters {calls:9,d} calls {seconds:7.3f} s  {method:9s} {where}")


if __name__ == "__main__":
    main()
