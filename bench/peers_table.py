"""The search benchmark's reports beside each other: one Markdown table of engine × size, the ratios
of ours to tantivy, and p95 by query category.

    .venv/bin/python bench/peers_table.py DIR [DIR …]

Each DIR holds the `search_bench_N.json` (or, for a run stopped midway, `search_bench_N.so_far.json`)
that `bench/search_bench.py --out DIR` wrote.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def load(folders: list[Path]) -> list[dict]:
    reports = []
    for folder in folders:
        done = sorted(folder.glob("search_bench_*.json"), key=lambda p: "so_far" in p.name)
        if done:
            r = json.loads(done[0].read_text())
            r["_partial"] = "so_far" in done[0].name
            reports.append(r)
    return sorted(reports, key=lambda r: r["n"])


def _size(n: int) -> str:
    return f"{n // 1_000_000}M" if n % 1_000_000 == 0 else f"{n // 1000}k"


def _pair(d: dict | None, unit: str = "") -> str:
    return f"{d['p50']} / {d['p95']}{unit}" if d else "—"


def engine_rows(r: dict) -> list[list[str]]:
    rows = []
    for name, label, ms, cpu in (("ours", "ours (with snippets)", "ours", "ours"),
                                 ("ours", "ours, engine only", "ours_without_snippets", "ours_without_snippets"),
                                 ("tantivy", "tantivy (count + top 20)", "tantivy", "tantivy"),
                                 ("fts5", "FTS5, MATCH queries", "fts5_match", "fts5_match"),
                                 ("fts5", "FTS5, scans (LIKE)", "fts5_scans", "fts5_scans")):
        b = r["build"].get(name)
        first = label in ("ours (with snippets)", "tantivy (count + top 20)", "FTS5, MATCH queries")
        build = f"{b['articles_per_s']:,} ({b['cpu_s'] * 1000 / r['n']:.2f})" if b and first else ""
        size = {"ours": r["index_mb"].get("ours"), "tantivy": r["index_mb"].get("tantivy"),
                "fts5": r["index_mb"].get("db_with_fts5")}[name]
        index = f"{size:,.0f}" if size is not None and first else ""
        if name == "fts5" and first and r["index_mb"].get("articles_db") is not None and size is not None:
            index = f"{size - r['index_mb']['articles_db']:,.0f} (+{r['index_mb']['articles_db']:,.0f} text)"
        timed = r["ms"].get(ms)
        count = f" ({timed['n']})" if timed and name == "fts5" else ""
        rss = r["query_process_rss_mb"].get(name)
        differ = r["count_mismatches"].get(name) if name != "ours" and first else None
        if name == "fts5" and differ is not None:
            differ = f"{differ} of {r['count_mismatches']['fts5_compared']}"
        rows.append([_size(r["n"]) + (" (stopped)" if r.get("_partial") else ""), label, build, index,
                     _pair(timed) + count, _pair(r["cpu_ms"].get(cpu)),
                     f"{rss:,}" if rss is not None and first else "",
                     "" if differ is None else str(differ)])
    return rows


def table(reports: list[dict]) -> str:
    head = ["size", "engine", "build, articles/s (CPU ms an article)", "index MB", "p50 / p95 ms (queries)",
            "CPU ms a query, p50 / p95", "query process RSS MB", "counts that differ from ours"]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for r in reports:
        lines += ["| " + " | ".join(row) + " |" for row in engine_rows(r)]
    return "\n".join(lines)


def ratios(reports: list[dict]) -> str:
    lines = ["| size | p95 ours / tantivy | engine only / tantivy, wall | engine only / tantivy, CPU | ours / FTS5 |",
             "| --- | --- | --- | --- | --- |"]
    keys = ("p95_ratio_ours_to_tantivy", "p95_ratio_ours_without_snippets_to_tantivy",
            "cpu_p95_ratio_ours_without_snippets_to_tantivy", "p95_ratio_ours_to_fts5")
    for r in reports:
        lines.append(f"| {_size(r['n'])} | " + " | ".join("—" if r[k] is None else str(r[k]) for k in keys) + " |")
    return "\n".join(lines)


def by_category(reports: list[dict], key: str = "by_kind_cpu_ms") -> str:
    cats = sorted({c for r in reports for c in r[key]["ours"]})
    lines = ["| size | engine | " + " | ".join(cats) + " |", "|" + " --- |" * (len(cats) + 2)]
    for r in reports:
        for engine in ("ours", "ours_without_snippets", "tantivy", "fts5"):
            kinds = r[key].get(engine) or {}
            if kinds:
                cells = [str(kinds[c]["p95"]) if c in kinds else "—" for c in cats]
                label = {"ours_without_snippets": "ours, engine only"}.get(engine, engine)
                lines.append(f"| {_size(r['n'])} | {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    reports = load([Path(a) for a in sys.argv[1:]])
    print(table(reports), ratios(reports), "p95 CPU ms by category:", by_category(reports),
          "p95 wall ms by category:", by_category(reports, "by_kind_ms"), sep="\n\n")


if __name__ == "__main__":
    main()
