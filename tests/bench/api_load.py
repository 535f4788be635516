"""Storyloom through its real HTTP API: how stories scale with concurrency, and how fast
progress reads are beside a bare endpoint doing the same work.

    uv run python -m tests.bench.api_load [--curve 1,4,12,24] [--latencies seed]
        [--workers N] [--api-workers N] [--pollers 64] [--read-seconds 10]

Not a test. It starts `storyloom up` on a temporary home (ports of its own), then:

`--workers` worker processes (default 1, as `up`: its CPU pool takes every core) and
`--api-workers` API processes (default one per core). Worker RSS counts each worker
process with its CPU pool.

1. The scaling curve. For each concurrency n: n parents (one token and one hero each)
   POST /v1/stories at once (built-in event, 300 s, narrated and illustrated) and poll
   their progress with If-None-Match every 0.5 s until each story ends. Printed per n:
   wall time, per-story p50/p95 (POST to terminal), stories per minute, the speed-up over
   telling them one after another (n x the 1-story time / wall time) and the peak memory
   of all worker processes together, sampled every 0.2 s: VmRSS summed (the goal's
   measure) and PSS summed (shared pages split between the processes sharing them).
   `--latencies seed` adds the provider latencies of seed 000's "Response Times" table
   (through STORYLOOM_CHAOS, as tests.bench.pipeline does); the default is the built-in
   providers' own work alone.
2. The read load. `--pollers` clients GET the progress of a finished story as fast as
   they can for `--read-seconds`, first against the API, then against the bare
   endpoint (tests.bench.bare_progress: Litestar + asyncpg, the same token check and the
   same row-level-security select on the same database, as many processes as the API).
   Printed: requests/s, p50 and p99 of each, and the ratios.

Goals (issue 14): speed-up at 12 stories >= 1.7 on 2 cores; read throughput >= 0.5 of
the bare endpoint's with p99 <= 4x the bare p99; worker RSS <= 400 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from api.http.tokens import mint_token
from api.operations.stack_file import read_running_stack
from api.settings import jwt_secret
from contracts.processes import cores
from db.embedded import free_port
from tests.bench.pipeline import chaos_spec, proc_status_kb

TERMINAL = ("completed", "partial", "failed")
STORY_REQUEST = {"event": {"type": "built_in", "data": {"event": "space_exploration"}}, "target_duration": 300,
                 "language": "en"}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def proc_pss_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, stack = set(), [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found


class Stack:
    def __init__(self, home: Path, workers: int, api_workers: int, chaos: str | None) -> None:
        self.home, self.port = home, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        environment = {key: value for key, value in os.environ.items()
                       if key not in ("DATABASE_URL", "TEMPORAL_ADDRESS", "SUPABASE_JWT_SECRET")}
        environment["STORYLOOM_HOME"] = str(home)
        if chaos:
            environment["STORYLOOM_CHAOS"] = chaos
        self.log = open(home / "up.out", "ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "api.operations.cli", "up", "--port", str(self.port), "--pg-port", str(free_port()),
             "--temporal-port", str(free_port()), "--ui-port", str(free_port()), "--workers", str(workers),
             "--api-workers", str(api_workers)],
            env=environment, stdout=self.log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 300
        while "Press Ctrl+C to stop." not in (home / "up.out").read_text():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the stack did not start:\n" + (home / "up.out").read_text()[-3000:])
            time.sleep(0.5)
        self.info = read_running_stack(home)
        self.secret = jwt_secret(home)

    def worker_pids(self) -> list[int]:
        return [pid for name, pid in self.info.children.items() if name.startswith("worker")]

    def worker_memory_mb(self) -> tuple[float, float]:
        """RSS and PSS summed over every worker process with its CPU pool (the pool's
        processes are its children). RSS counts a page shared by several processes (the
        interpreter, libraries, memory-mapped dictionaries) once in each; PSS splits it
        between them, so its sum is what the group really holds."""
        pids = set()
        for pid in self.worker_pids():
            pids |= {pid, *descendants(pid)}
        rss = sum((proc_status_kb(pid, "VmRSS") or 0) for pid in pids)
        pss = sum((proc_pss_kb(pid) or 0) for pid in pids)
        return rss / 1024, pss / 1024

    def token(self) -> str:
        return mint_token(self.secret, str(uuid.uuid4()), "premium")

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)
        self.process.wait(120)


async def one_story(client: httpx.AsyncClient, token: str) -> tuple[float, str, str]:
    headers = {"Authorization": f"Bearer {token}"}
    hero = (await client.post("/v1/heroes", headers=headers,
                              json={"name": "Mila", "primary_trait": "brave", "secondary_trait": "kind"})).json()
    began = time.perf_counter()
    accepted = await client.post("/v1/stories", headers=headers, json={**STORY_REQUEST, "hero_id": hero["id"]})
    accepted.raise_for_status()
    story_id = accepted.json()["story_id"]
    tag, status = None, "queued"
    while status not in TERMINAL:
        await asyncio.sleep(0.5)
        answer = await client.get(f"/v1/stories/{story_id}/progress",
                                  headers={**headers, **({"If-None-Match": tag} if tag else {})})
        if answer.status_code == 200:
            tag, status = answer.headers.get("ETag"), answer.json()["status"]
    return time.perf_counter() - began, status, story_id


async def round_of(stack: Stack, n: int) -> dict:
    peak_rss = peak_pss = 0.0
    done = asyncio.Event()

    async def sample() -> None:
        nonlocal peak_rss, peak_pss
        while not done.is_set():
            rss, pss = stack.worker_memory_mb()
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            await asyncio.sleep(0.2)

    sampler = asyncio.create_task(sample())
    async with httpx.AsyncClient(base_url=stack.url, timeout=120) as client:
        began = time.perf_counter()
        results = await asyncio.gather(*(one_story(client, stack.token()) for _ in range(n)))
        wall = time.perf_counter() - began
    done.set()
    await sampler
    times = [seconds for seconds, _, _ in results]
    return {"n": n, "wall": wall, "p50": percentile(times, 0.5), "p95": percentile(times, 0.95),
            "per_minute": n / wall * 60, "rss": peak_rss, "pss": peak_pss, "failed": sum(status != "completed" for _, status, _ in results),
            "story_id": results[0][2]}


async def read_load(url: str, path: str, token: str, pollers: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = 0
    stop_at = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=pollers, max_keepalive_connections=pollers)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits,
                                 headers={"Authorization": f"Bearer {token}"}) as client:
        async def poller() -> None:
            nonlocal errors
            while time.perf_counter() < stop_at:
                began = time.perf_counter()
                answer = await client.get(path)
                latencies.append(time.perf_counter() - began)
                errors += answer.status_code != 200

        began = time.perf_counter()
        await asyncio.gather(*(poller() for _ in range(pollers)))
        elapsed = time.perf_counter() - began
    return {"rps": len(latencies) / elapsed, "p50": percentile(latencies, 0.5), "p99": percentile(latencies, 0.99),
            "errors": errors}


def bare_endpoint(stack: Stack, processes: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    environment = {**os.environ, "DATABASE_URL": stack.info.database_url, "SUPABASE_JWT_SECRET": stack.secret}
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "tests.bench.bare_progress:create_app", "--factory", "--port", str(port),
         "--workers", str(processes), "--log-level", "warning"],
        env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=1)
            return process, url
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("the bare endpoint did not start")


async def main(arguments: argparse.Namespace) -> int:
    chaos = chaos_spec((1200, 2500)) if arguments.latencies == "seed" else None
    curve = [int(part) for part in arguments.curve.split(",")]
    with tempfile.TemporaryDirectory(prefix="storyloom-api-bench-") as folder:
        stack = Stack(Path(folder), arguments.workers, arguments.api_workers, chaos)
        try:
            print(f"stack: {stack.url}, {len(stack.worker_pids())} worker processes, "
                  f"{arguments.api_workers} API processes, latencies: {arguments.latencies}")
            await round_of(stack, 1)  # warm-up: the workers' first story pays one-time costs
            rounds = [await round_of(stack, n) for n in curve]
            single = next((r["wall"] for r in rounds if r["n"] == 1), None)
            print(f"\n{'stories':>8}{'wall s':>9}{'p50 s':>8}{'p95 s':>8}{'per min':>9}{'speed-up':>10}"
                  f"{'worker RSS MB':>15}{'worker PSS MB':>15}{'failed':>8}")
            for r in rounds:
                speedup = r["n"] * single / r["wall"] if single else float("nan")
                print(f"{r['n']:>8}{r['wall']:>9.1f}{r['p50']:>8.1f}{r['p95']:>8.1f}{r['per_minute']:>9.1f}"
                      f"{speedup:>10.2f}{r['rss']:>15.0f}{r['pss']:>15.0f}{r['failed']:>8}")

            owner = stack.token()
            async with httpx.AsyncClient(base_url=stack.url, timeout=300) as client:
                _, _, story_id = await one_story(client, owner)
            path = f"/v1/stories/{story_id}/progress"
            bare, bare_url = bare_endpoint(stack, arguments.api_workers)
            try:
                ours = await read_load(stack.url, path, owner, arguments.pollers, arguments.read_seconds)
                plain = await read_load(bare_url, path, owner, arguments.pollers, arguments.read_seconds)
            finally:
                bare.terminate()
                bare.wait(30)
            print(f"\nread load: {arguments.pollers} pollers, {arguments.read_seconds:.0f} s each, GET {path}")
            print(f"{'':>16}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}")
            for name, figures in (("storyloom", ours), ("bare endpoint", plain)):
                print(f"{name:>16}{figures['rps']:>9.0f}{figures['p50'] * 1000:>9.1f}{figures['p99'] * 1000:>9.1f}"
                      f"{figures['errors']:>8}")
            print(f"throughput_ratio={ours['rps'] / plain['rps']:.2f} p99_ratio={ours['p99'] / plain['p99']:.2f}")
            twelve = next((r for r in rounds if r["n"] == 12), None)
            if twelve and single:
                print(f"speedup_at_12={12 * single / twelve['wall']:.2f} worker_rss_peak_mb={twelve['rss']:.0f} worker_pss_peak_mb={twelve['pss']:.0f}")
        finally:
            stack.stop()
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--curve", default="1,4,12,24")
    parser.add_argument("--latencies", choices=("none", "seed"), default="none")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--api-workers", type=int, default=cores())
    parser.add_argument("--pollers", type=int, default=64)
    parser.add_argument("--read-seconds", type=float, default=10.0)
    sys.exit(asyncio.run(main(parser.parse_args())))
