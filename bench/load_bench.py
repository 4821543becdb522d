"""Load test: many concurrent readers against `zhenzhi serve` on loopback.

    .venv/bin/python bench/load_bench.py --data /work/bench-data/100k/e2e/data --clients 16 64 256
    .venv/bin/python bench/load_bench.py --data DIR --clients 64 --serve-arg=--workers --serve-arg=2
    .venv/bin/python bench/load_bench.py --data DIR --checkout /tmp/before   # the code of another checkout

Starts `zhenzhi serve` (from --checkout, default this repository) on a free
127.0.0.1 port over an existing data folder (e.g. the one
`bench/search_bench.py --e2e` builds), then for each client count runs that
many clients for --duration seconds, each sending one request after another
from a mixed workload:

- 40% searches (/api/search and /search): common single characters,
  two-character words, phrases, filtered, random result pages;
- 25% article pages (/articles/{id}, ids drawn from 40 random listing pages), 10% place pages,
- 20% listings (/api/articles?page=…, the home page), 5% author pages,
- and one client that downloads a county's /api/articles.ndjson over and
  over (an export).

Every response is checked: 5xx are counted, and a 200 that is cut short
(JSON that does not parse, HTML without </html>, an export with fewer lines
than the listing's total or a line that is not JSON) counts as truncated.
Bounded: at most 512 clients, 120 s per run, 127.0.0.1 only. Prints one JSON
line per run (requests/s, p50/p95/p99, statuses, truncated, load average, and
the server's CPU milliseconds per request, which other work on the machine
does not inflate the way it does latency).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx2

from search_bench import wait_for_server

ROOT = Path(__file__).resolve().parent.parent
SEARCHES = ["镇", "的", "会", "区", "工作", "社区", "改造", "街道", "老旧小区", "\"基层治理\"", "党员 服务",
            "居民 OR 村民", "title:会议", "乡村振兴", "垃圾分类", "苏州", "志愿者", "民生实事", "网格", "人大代表"]
MAX_CLIENTS, MAX_DURATION = 512, 120.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(checkout: Path, data: Path, port: int, extra: list[str]) -> subprocess.Popen:
    env = {**os.environ, "ZHENZHI_DATA_DIR": str(data)}
    env.pop("ZHENZHI_DATABASE_URL", None)
    code = "import sys; sys.argv[0] = 'zhenzhi'; from app.cli import main; main()"
    cmd = [sys.executable, "-c", code, "serve", "--host", "127.0.0.1", "--port", str(port), *extra]
    return subprocess.Popen(cmd, cwd=checkout, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=open(data.parent / f"load-server-{port}.log", "w"))


def cpu_seconds(pid: int) -> float:
    """CPU seconds used so far by a process and its children (the server's workers): what the requests
    cost, whatever else the machine is doing."""
    total = 0.0
    pids = [pid] + [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    for one in pids:
        try:
            fields = Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def workload_facts(base: str) -> dict:
    """What the random requests are drawn from: ids, places, authors, the export and its size."""
    with httpx2.Client(base_url=base, timeout=60, trust_env=False) as client:
        newest = client.get("/api/articles", params={"per_page": 100}).json()
        # Permanent ids are not a range: draw article pages from ids the listing really holds.
        pages = max(1, newest["total"] // 100)
        ids = [item["id"] for n in random.Random(7).sample(range(1, pages + 1), min(pages, 40))
               for item in client.get("/api/articles", params={"per_page": 100, "page": n}).json()["items"]]
        places = client.get("/api/places").json()
        codes = [p["code"] for p in walk_places(places)][:2000]
        authors = [a["name"] for a in client.get("/api/authors").json()][:200]
        counties = [p["code"] for p in walk_places(places) if p.get("level") == "county"][:50]
        sizes = [(c, client.get("/api/articles", params={"county": c, "per_page": 1}).json()["total"])
                 for c in counties]
        export = min((s for s in sizes if s[1] >= 200), key=lambda s: s[1], default=sizes[0])
    return {"ids": ids, "codes": codes, "authors": authors, "export": export, "pages": max(1, newest["total"] // 20)}


def walk_places(data) -> list[dict]:
    out, stack = [], list(data.get("items", data) if isinstance(data, dict) else data)
    while stack:
        p = stack.pop()
        if isinstance(p, dict) and "code" in p:
            out.append(p)
            stack.extend(p.get("children") or [])
    return out


def pick(facts: dict, rng: random.Random) -> tuple[str, dict, str]:
    """(path, params, kind of check) for one random request of the mix."""
    r = rng.random()
    if r < 0.30:
        return "/api/search", {"q": rng.choice(SEARCHES), "page": rng.choice([1, 1, 1, 2, 5])}, "json"
    if r < 0.40:
        return "/search", {"q": rng.choice(SEARCHES)}, "html"
    if r < 0.65:
        return f"/articles/{rng.choice(facts['ids'])}", {}, "html"
    if r < 0.75 and facts["codes"]:
        return f"/places/{rng.choice(facts['codes'])}", {}, "html"
    if r < 0.90:
        return "/api/articles", {"page": rng.randint(1, max(1, min(facts["pages"], 500)))}, "json"
    if r < 0.95:
        return "/", {}, "html"
    if facts["authors"]:
        return f"/authors/{rng.choice(facts['authors'])}", {}, "html"
    return "/", {}, "html"


def complete(kind: str, response: httpx2.Response, expected_lines: int = 0) -> bool:
    body = response.content
    if kind == "json":
        try:
            json.loads(body)
            return True
        except ValueError:
            return False
    if kind == "html":
        return body.rstrip().endswith(b"</html>")
    lines = body.decode("utf-8", "replace").splitlines()
    try:
        rows = [json.loads(line) for line in lines]
    except ValueError:
        return False
    return len([row for row in rows if "id" in row]) == expected_lines


async def client_loop(client: httpx2.AsyncClient, facts: dict, stop: float, seed: int, stats: dict,
                      export: bool) -> None:
    rng = random.Random(seed)
    while time.monotonic() < stop:
        if export:
            path, params, kind = "/api/articles.ndjson", {"county": facts["export"][0]}, "ndjson"
        else:
            path, params, kind = pick(facts, rng)
        t = time.perf_counter()
        try:
            response = await client.get(path, params=params)
        except httpx2.HTTPError as error:
            stats["errors"][type(error).__name__] = stats["errors"].get(type(error).__name__, 0) + 1
            continue
        elapsed = time.perf_counter() - t
        stats["latency"].append(elapsed)
        group = path if path.startswith("/api/articles.") else "/" + path.split("/")[1]
        stats["by_path"].setdefault(f"{group} {'html' if kind == 'html' else 'api'}", []).append(elapsed)
        status = response.status_code
        stats["status"][status] = stats["status"].get(status, 0) + 1
        if status == 200 and not complete(kind, response, facts["export"][1]):
            stats["truncated"] += 1
        if export and status == 200:
            stats["exports"] += 1
        if status in (429, 503):
            await asyncio.sleep(min(float(response.headers.get("retry-after", "1") or 1), 5))


async def run(base: str, facts: dict, clients: int, duration: float) -> dict:
    stats: dict = {"latency": [], "status": {}, "errors": {}, "truncated": 0, "exports": 0, "by_path": {}}
    limits = httpx2.Limits(max_connections=clients + 1, max_keepalive_connections=clients + 1)
    async with httpx2.AsyncClient(base_url=base, timeout=30, limits=limits, trust_env=False) as client:
        stop = time.monotonic() + duration
        started = time.perf_counter()
        await asyncio.gather(*(client_loop(client, facts, stop, i, stats, export=(i == 0)) for i in range(clients)))
        elapsed = time.perf_counter() - started
    lat = sorted(stats.pop("latency"))

    def q(p: float) -> float:
        return round(lat[min(len(lat) - 1, int(p * len(lat)))] * 1000, 1) if lat else float("nan")

    return {"clients": clients, "seconds": round(elapsed, 1), "requests": len(lat),
            "requests_per_s": round(len(lat) / elapsed, 1), "p50_ms": q(0.50), "p95_ms": q(0.95), "p99_ms": q(0.99),
            "max_ms": round(lat[-1] * 1000, 1) if lat else None, "status": stats["status"],
            "5xx": sum(n for s, n in stats["status"].items() if s >= 500), "truncated": stats["truncated"],
            "transport_errors": stats["errors"], "exports_completed": stats["exports"],
            "p95_ms_by_kind": {k: round(sorted(v)[int(0.95 * len(v))] * 1000)
                               for k, v in sorted(stats["by_path"].items())},
            "loadavg_after": [round(x, 2) for x in os.getloadavg()]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="a data folder (archive.db and index/)")
    ap.add_argument("--clients", type=int, nargs="+", default=[16, 64, 256])
    ap.add_argument("--duration", type=float, default=60.0)
    ap.add_argument("--checkout", type=Path, default=ROOT, help="the code to serve (a checkout of the repository)")
    ap.add_argument("--serve-arg", action="append", default=[], help="extra argument for zhenzhi serve")
    args = ap.parse_args()
    duration = min(args.duration, MAX_DURATION)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.checkout.resolve(), args.data.resolve(), port, args.serve_arg)
    try:
        with httpx2.Client(base_url=base, timeout=30, trust_env=False) as client:
            wait_for_server(client, server)
        facts = workload_facts(base)
        print(json.dumps({"export": facts["export"], "article_ids": len(facts["ids"]), "places": len(facts["codes"]),
                          "loadavg_before": os.getloadavg()}), flush=True)
        for clients in args.clients:
            used, own = cpu_seconds(server.pid), time.process_time()
            result = asyncio.run(run(base, facts, min(clients, MAX_CLIENTS), duration))
            per_request = 1000 / max(1, result["requests"])
            result["server_cpu_ms_per_request"] = round((cpu_seconds(server.pid) - used) * per_request, 2)
            # The clients share the two cores: what they take is not there for the server.
            result["client_cpu_ms_per_request"] = round((time.process_time() - own) * per_request, 2)
            print(json.dumps(result, ensure_ascii=False), flush=True)
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
