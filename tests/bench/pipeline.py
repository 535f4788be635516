"""End-to-end pipeline benchmark: N stories through the real stack, with provider latencies.

    uv run python -m tests.bench.pipeline [--stories 8] [--scenes 6] [--concurrency 1]

Not a test (pytest collects `test_*.py` only). It starts its own stack in a temporary
home, as `storyloom up` would: embedded PostgreSQL (migrated), the Temporal dev server,
and one worker process (`api.operations.cli worker`, through `tests.bench.worker`, which only
seeds the chaos random generator). The offline providers do the real work (text,
espeak narration, drawn PNGs); `STORYLOOM_CHAOS` adds provider latency on top, drawn
log-normally from the P50/P95 table of seed 000 ("Response Times"):

    capability     P50    P95    seed 000 row
    text           1.2 s  2.5 s  Story Generation
    scenes         1.2 s  2.5 s  Story Generation (see below)
    narration      2.0 s  3.5 s  Audio Synthesis
    illustration   4.0 s  7.0 s  Scene Illustration

The seed has no separate figure for scene extraction: its "Story Generation" call
returns the text and the scenes together, whereas Storyloom makes two provider calls
(`write_story`, `extract_scenes`). We charge the extraction the full Story Generation
figures, as a second model call of the same kind would cost; both the bound and the
sequential time include it, so this choice makes neither target easier to reach by
itself. `--scenes-latency-ms 600,1200` (say) models a cheaper extraction call.

Each story is a hero + story row inserted as the API would (status `queued`,
`generation_metadata.request` with target_duration 300, num_scenes --scenes, narrate
and illustrate on, a fixed seed), then StoryWorkflow started on `storyloom-stories`
with the API's search attributes. End-to-end time (e2e) is the client's wall clock
from `start_workflow` to the workflow's result.

From each story's history and its scene child workflows' histories we take each
step's duration as ActivityTaskScheduled -> ActivityTaskCompleted (queue wait, every
attempt and retry back-off included: what that step really cost the story):

    bound      = write_story + extract_scenes + max(narrate_story, slowest illustrate_scene)
    sequential = write_story + extract_scenes + narrate_story + sum(illustrate_scene)

`sequential` is the seed's client flow (seed 000, "generateCompleteStory": the story,
then the audio, then the pictures one after another), priced with this run's own
step durations. The summary line reports medians over the measured stories:

    critical_path_ratio = median(e2e / bound)        (1.00 = no orchestration overhead)
    sequential_speedup  = median(sequential / e2e)

Percentiles (p50/p95) interpolate linearly between order statistics. `--warmup`
stories (default 1) run first and are left out of every figure: the first story pays
the worker's one-time costs (espeak start-up, picture banks, connection warm-up).
Worker peak RSS is VmHWM from /proc/<pid>/status just before the worker is stopped.

With --concurrency above 1, stories overlap and `bound` grows with queue waits for
activity slots (temporal.yaml: worker.max_concurrent_activities), so the ratio there
says little; read the throughput line instead.

Exit status 1 when a story did not complete with the requested number of pictures.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from db.embedded import EmbeddedPostgres, free_port  # reads no settings at import

SEED_000_LATENCY_MS = {
    "text": (1200, 2500),  # Story Generation
    "narration": (2000, 3500),  # Audio Synthesis
    "illustration": (4000, 7000),  # Scene Illustration
}


# --------------------------------------------------------------------------- helpers


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def proc_status_kb(pid: int, key: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def chaos_spec(scenes_latency: tuple[int, int]) -> str:
    spec = {name: {"latency_ms": list(values)} for name, values in SEED_000_LATENCY_MS.items()}
    spec["scenes"] = {"latency_ms": list(scenes_latency)}
    return json.dumps(spec)


def latency_pair(text: str) -> tuple[int, int]:
    try:
        p50, p95 = (int(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError("expected P50,P95 in milliseconds, e.g. 1200,2500") from None
    if not 0 < p50 <= p95:
        raise argparse.ArgumentTypeError("need 0 < P50 <= P95")
    return p50, p95


def wait_for_log(process: subprocess.Popen, log_path: Path, marker: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"worker exited with {process.returncode}:\n{log_path.read_text(errors='replace')[-3000:]}")
        if log_path.exists() and marker in log_path.read_text(errors="replace"):
            return
        time.sleep(0.2)
    raise TimeoutError(f"worker did not log {marker!r} within {timeout:.0f}s; see {log_path}")


def stop_process(process: subprocess.Popen, timeout: float = 20.0) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# --------------------------------------------------------------------------- one story


@dataclass
class StoryRun:
    index: int
    story_id: str
    e2e: float
    status: str
    completed_scenes: int
    failed_scenes: int
    scene_rows: int = 0
    # filled from the histories
    server_e2e: float = 0.0
    write: float = 0.0
    extract: float = 0.0
    narration: float = 0.0
    pictures: tuple[float, ...] = ()
    queue_wait: float = 0.0  # mean Scheduled -> Started of the media activities
    pre: float = 0.0  # workflow start -> write_story scheduled
    write_gap: float = 0.0  # write_story completed -> extract_scenes scheduled
    to_production: float = 0.0  # extract_scenes completed -> first media work scheduled
    production_excess: float = 0.0  # production span beyond its longest activity
    tail: float = 0.0  # last media activity completed -> workflow completed
    client: float = 0.0  # e2e beyond the server's start -> close
    child_dispatch: float = 0.0  # mean child initiated -> its illustrate_scene scheduled
    progress_calls: int = 0
    progress_mean: float = 0.0
    workflow_tasks: int = 0
    workflow_task_mean: float = 0.0

    @property
    def bound(self) -> float:
        return self.write + self.extract + max(self.narration, max(self.pictures))

    @property
    def sequential(self) -> float:
        return self.write + self.extract + self.narration + sum(self.pictures)

    @property
    def ratio(self) -> float:
        return self.e2e / self.bound

    @property
    def speedup(self) -> float:
        return self.sequential / self.e2e


async def insert_story(index: int, scenes: int, rng: random.Random) -> tuple[str, str]:
    from contracts.vocabulary import BUILT_IN_EVENTS
    from db.tables import Heroes, Stories

    user_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    hero_id = uuid.UUID(int=rng.getrandbits(128), version=4)
    story_id = uuid.UUID(int=rng.getrandbits(128), version=4)
    await Heroes.insert(Heroes(id=hero_id, user_id=user_id, name="Pip", primary_trait="brave", secondary_trait="kind",
                               appearance="red hair and a green scarf"))
    event = BUILT_IN_EVENTS[index % len(BUILT_IN_EVENTS)]
    from contracts.request import StoryRequest

    request = StoryRequest(target_duration=300, num_scenes=scenes, seed=rng.randrange(2**31)).stored()
    await Stories.insert(Stories(
        id=story_id, user_id=user_id, hero_id=hero_id, event_type="built_in", event_data=json.dumps({"event": event}),
        language="en", audio_voice="nova", status="queued", stage="queued",
        generation_metadata=json.dumps({"request": request}),
    ))
    return str(story_id), user_id


async def run_story(client, task_queue: str, index: int, scenes: int, rng: random.Random) -> StoryRun:
    from datetime import timedelta

    from temporalio.common import TypedSearchAttributes

    from api.services.search_attributes import story_search_attributes
    from contracts.names import story_workflow_id
    from contracts.policy import current_policy
    from contracts.workflows import story_workflow_input
    from workflows.story import StoryWorkflow

    story_id, user_id = await insert_story(index, scenes, rng)
    began = time.perf_counter()
    handle = await client.start_workflow(
        StoryWorkflow.run,
        story_workflow_input(current_policy(), story_id, user_id),
        id=story_workflow_id(story_id),
        task_queue=task_queue,
        execution_timeout=timedelta(minutes=10),
        search_attributes=TypedSearchAttributes(story_search_attributes(user_id, story_id)),
    )
    outcome = await handle.result()
    e2e = time.perf_counter() - began
    return StoryRun(index, story_id, e2e, outcome.status, outcome.completed_scenes, outcome.failed_scenes)


async def read_histories(client, run: StoryRun) -> None:
    from contracts.names import scene_workflow_id, story_workflow_id
    from db.tables import StoryScenes
    from tests.bench.history import timeline

    run.scene_rows = await StoryScenes.count().where(StoryScenes.story_id == run.story_id)
    story = timeline(await client.get_workflow_handle(story_workflow_id(run.story_id)).fetch_history())
    write, extract, narration = story.one("write_story"), story.one("extract_scenes"), story.one("narrate_story")
    pictures, dispatch = [], []
    for number in range(1, run.scene_rows + 1):
        child_id = scene_workflow_id(run.story_id, number)
        child = timeline(await client.get_workflow_handle(child_id).fetch_history())
        picture = child.one("illustrate_scene")
        pictures.append(picture)
        initiated = story.children[child_id][0]
        dispatch.append(picture.scheduled - initiated)

    run.server_e2e = story.closed - story.started
    run.write, run.extract, run.narration = write.total, extract.total, narration.total
    run.pictures = tuple(picture.total for picture in pictures)
    media = [narration, *pictures]
    run.queue_wait = statistics.fmean(span.started - span.scheduled for span in media)
    production_start = min([narration.scheduled] + [started for started, _, _ in story.children.values()])
    media_done = max(span.completed for span in media)
    run.pre = write.scheduled - story.started
    run.write_gap = extract.scheduled - write.completed
    run.to_production = production_start - extract.completed
    run.production_excess = (media_done - production_start) - max(run.narration, max(run.pictures))
    run.tail = story.closed - media_done
    run.client = run.e2e - run.server_e2e
    run.child_dispatch = statistics.fmean(dispatch)
    progress = story.named("record_progress")
    run.progress_calls = len(progress)
    run.progress_mean = statistics.fmean(span.total for span in progress) if progress else 0.0
    run.workflow_tasks = len(story.workflow_tasks)
    run.workflow_task_mean = statistics.fmean(done - queued for queued, done in story.workflow_tasks)


# --------------------------------------------------------------------------- the run


async def temporal_client(temporal_address: str):
    """A client of the benchmark's Temporal as the worker sees it (namespace, payload
    codec), and the policy naming the task queues."""
    from temporalio.client import Client

    from contracts.codec import data_converter
    from contracts.environment import storyloom_home
    from contracts.policy import load_policy

    policy = load_policy()
    client = await Client.connect(temporal_address, namespace=policy.namespace,
                                  data_converter=data_converter(storyloom_home()))
    return client, policy


async def measure(arguments, temporal_address: str) -> tuple[list[StoryRun], list[StoryRun], float]:
    from db.engine import close_pool, open_pool

    await open_pool()
    try:
        client, policy = await temporal_client(temporal_address)
        rng = random.Random(arguments.seed)
        warm = []
        for index in range(arguments.warmup):
            warm.append(await run_story(client, policy.story_task_queue, index, arguments.scenes, rng))
            print(f"  warm-up story {index + 1}: {warm[-1].e2e:.2f} s ({warm[-1].status})", flush=True)

        gate = asyncio.Semaphore(arguments.concurrency)
        finished = 0

        async def one(index: int) -> StoryRun:
            nonlocal finished
            async with gate:
                run = await run_story(client, policy.story_task_queue, arguments.warmup + index, arguments.scenes, rng)
            finished += 1
            print(f"  story {finished}/{arguments.stories}: {run.e2e:.2f} s ({run.status})", flush=True)
            return run

        began = time.perf_counter()
        runs = list(await asyncio.gather(*(one(index) for index in range(arguments.stories))))
        wall = time.perf_counter() - began
        for run in runs:
            await read_histories(client, run)
        return warm, runs, wall
    finally:
        await close_pool()


def report(arguments, runs: list[StoryRun], wall: float, chaos: str, rss_kb: int | None, current_kb: int | None) -> bool:
    good = True
    print()
    print(f"stories={len(runs)} scenes={arguments.scenes} concurrency={arguments.concurrency} seed={arguments.seed}")
    print(f"STORYLOOM_CHAOS={chaos}")
    print("step durations are ActivityTaskScheduled -> ActivityTaskCompleted, in seconds")
    print()
    header = (f"{'#':>2} {'status':>9} {'scn':>3} {'e2e':>6} {'bound':>6} {'seq':>6} {'ratio':>5} {'speed':>5} "
              f"{'write':>5} {'xtrct':>5} {'narr':>5} {'maxpic':>6} {'sumpic':>6} {'over':>5}")
    print(header)
    print("-" * len(header))
    for number, run in enumerate(runs, start=1):
        print(f"{number:>2} {run.status:>9} {run.scene_rows:>3} {run.e2e:6.2f} {run.bound:6.2f} {run.sequential:6.2f} "
              f"{run.ratio:5.2f} {run.speedup:5.2f} {run.write:5.2f} {run.extract:5.2f} {run.narration:5.2f} "
              f"{max(run.pictures):6.2f} {sum(run.pictures):6.2f} {run.e2e - run.bound:5.2f}")
        if run.status != "completed" or run.scene_rows != arguments.scenes or run.completed_scenes != arguments.scenes \
                or len(run.pictures) != arguments.scenes:
            good = False

    e2e = [run.e2e for run in runs]
    mean = statistics.fmean
    print()
    print(f"end-to-end      p50 {percentile(e2e, 0.5):6.2f} s   p95 {percentile(e2e, 0.95):6.2f} s   "
          f"min {min(e2e):.2f} s   max {max(e2e):.2f} s")
    print(f"critical path   mean bound {mean(run.bound for run in runs):6.2f} s   "
          f"(write {mean(run.write for run in runs):.2f} + extract {mean(run.extract for run in runs):.2f} "
          f"+ max(narration {mean(run.narration for run in runs):.2f}, slowest picture "
          f"{mean(max(run.pictures) for run in runs):.2f}))")
    print(f"sequential      mean {mean(run.sequential for run in runs):6.2f} s   "
          f"(seed 000 flow: story, audio, then {arguments.scenes} pictures one by one)")
    print(f"throughput      {len(runs) / wall * 60:.1f} stories/min ({len(runs)} in {wall:.1f} s)")
    print(f"scenes          {sorted({run.scene_rows for run in runs})} per story "
          f"(requested {arguments.scenes}); pictures completed "
          f"{sum(run.completed_scenes for run in runs)}/{len(runs) * arguments.scenes}")
    print()
    print("overhead: e2e - bound, split along the story's history (mean seconds per story)")
    parts = [
        ("start -> write_story scheduled (load_story_brief, 2x record_progress)", "pre"),
        ("write_story done -> extract_scenes scheduled (1x record_progress)", "write_gap"),
        ("extract done -> media scheduled (record_progress, save_story, record_progress)", "to_production"),
        ("media phase beyond its longest activity (child start, dispatch)", "production_excess"),
        ("last media done -> workflow closed (child close, progress, finish_story)", "tail"),
        ("client: start_workflow RPC + result long-poll", "client"),
    ]
    for label, name in parts:
        print(f"  {mean(getattr(run, name) for run in runs):6.3f}  {label}")
    print(f"  {mean(run.e2e - run.bound for run in runs):6.3f}  total")
    print(f"  record_progress: {mean(run.progress_calls for run in runs):.1f} calls per story, "
          f"{mean(run.progress_mean for run in runs) * 1000:.0f} ms each (scheduled -> completed)")
    print(f"  workflow tasks (story workflow): {mean(run.workflow_tasks for run in runs):.1f} per story, "
          f"{mean(run.workflow_task_mean for run in runs) * 1000:.0f} ms each (scheduled -> completed)")
    print(f"  scene child: initiated -> illustrate_scene scheduled "
          f"{mean(run.child_dispatch for run in runs) * 1000:.0f} ms mean")
    print(f"  media activities: scheduled -> started (queue wait) {mean(run.queue_wait for run in runs) * 1000:.0f} ms mean")
    print()
    rss = f"{rss_kb / 1024:.1f} MiB" if rss_kb else "unknown"
    now = f"{current_kb / 1024:.1f} MiB" if current_kb else "unknown"
    print(f"worker peak RSS {rss} (VmHWM; VmRSS at the end {now})")
    if not good:
        print("WARNING: some stories did not complete with every requested scene picture")
    ratio = statistics.median(run.ratio for run in runs)
    speedup = statistics.median(run.speedup for run in runs)
    print(f"critical_path_ratio={ratio:.2f} sequential_speedup={speedup:.2f}")
    return good


def story_run_parser(prog: str, description: str, stories: int, seeds: str) -> argparse.ArgumentParser:
    """The options every story benchmark shares: how many stories, scenes and warm-up
    runs, the seed and whether the temporary home is kept."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--stories", type=int, default=stories, help=f"measured stories (default {stories})")
    parser.add_argument("--scenes", type=int, default=6, help="scenes per story, 3 to 6 (default 6)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured stories run first (default 1)")
    parser.add_argument("--seed", type=int, default=0, help=f"seeds {seeds} (default 0)")
    parser.add_argument("--keep-home", action="store_true", help="keep the temporary home (logs, databases)")
    return parser


def check_story_run(parser: argparse.ArgumentParser, arguments: argparse.Namespace) -> None:
    if not 3 <= arguments.scenes <= 6:
        parser.error("--scenes must lie between 3 and 6 (the composer's limits)")
    if arguments.stories < 1 or arguments.warmup < 0:
        parser.error("--stories must be at least 1, --warmup at least 0")


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = story_run_parser("python -m tests.bench.pipeline", __doc__.splitlines()[0], stories=8,
                              seeds="story ids, story seeds and chaos draws")
    parser.add_argument("--concurrency", type=int, default=1, help="stories in flight at once (default 1)")
    parser.add_argument("--scenes-latency-ms", type=latency_pair, default=SEED_000_LATENCY_MS["text"],
                        metavar="P50,P95", help="chaos latency of scene extraction (default: Story Generation, 1200,2500)")
    parser.add_argument("--chaos", help="a whole STORYLOOM_CHAOS JSON instead of the seed 000 figures ('' for none)")
    arguments = parser.parse_args(argv)
    check_story_run(parser, arguments)
    if arguments.concurrency < 1:
        parser.error("--concurrency must be at least 1")
    return arguments


@contextlib.contextmanager
def worker_stack(prefix: str, seed: int, chaos: str, keep_home: bool) -> Iterator[tuple[str, subprocess.Popen]]:
    """An embedded PostgreSQL and Temporal on a temporary home, and one benchmark worker
    (tests.bench.worker) with `chaos` injected: yields Temporal's address and the worker."""
    home = Path(tempfile.mkdtemp(prefix=prefix))
    postgres = EmbeddedPostgres(home / "postgres", free_port())
    # Before any module that builds the Piccolo engine is imported.
    os.environ["DATABASE_URL"] = postgres.url
    os.environ["STORYLOOM_HOME"] = str(home)

    from api.operations.embedded_temporal import EmbeddedTemporal
    from db.migrate import apply_migrations

    temporal = EmbeddedTemporal(home / "temporal.db", free_port(), free_port())
    worker: subprocess.Popen | None = None
    started = time.perf_counter()
    try:
        print(f"home {home}", flush=True)
        postgres.start(home / "postgres.log")
        apply_migrations(postgres.url)
        temporal.start(home / "temporal.log")
        os.environ["TEMPORAL_ADDRESS"] = temporal.address
        log_path = home / "worker.log"
        worker = subprocess.Popen(
            [sys.executable, "-m", "tests.bench.worker", str(seed)],
            env={**os.environ, "STORYLOOM_CHAOS": chaos, "STORYLOOM_HOME": str(home)},
            stdout=open(log_path, "ab"), stderr=subprocess.STDOUT, cwd=Path(__file__).resolve().parents[2],
        )
        wait_for_log(worker, log_path, "worker_started", timeout=60)
        print(f"stack up in {time.perf_counter() - started:.1f} s (worker pid {worker.pid})", flush=True)
        yield temporal.address, worker
    finally:
        if worker is not None:
            stop_process(worker)
        temporal.stop()
        postgres.stop()
        if keep_home:
            print(f"kept {home}", flush=True)
        else:
            shutil.rmtree(home, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    chaos = chaos_spec(arguments.scenes_latency_ms) if arguments.chaos is None else arguments.chaos
    started = time.perf_counter()
    with worker_stack("storyloom-bench-", arguments.seed, chaos, arguments.keep_home) as (address, worker):
        results = asyncio.run(measure(arguments, address))
        rss_kb, current_kb = proc_status_kb(worker.pid, "VmHWM"), proc_status_kb(worker.pid, "VmRSS")
    print(f"stack stopped; benchmark took {time.perf_counter() - started:.0f} s", flush=True)
    warm, runs, wall = results
    good = report(arguments, runs, wall, chaos, rss_kb, current_kb) and all(run.status == "completed" for run in warm)
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
