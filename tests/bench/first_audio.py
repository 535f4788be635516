"""First-audio benchmark: how soon a story's first scene can be played, against how long
the whole story takes, through the real stack with provider latencies injected.

    uv run python -m tests.bench.first_audio [--stories 5] [--scenes 6]
        [--narration-ms 3000] [--illustration-ms 9000]

Not a test. It starts its own stack as tests.bench.pipeline does (embedded PostgreSQL,
the Temporal dev server, one real worker process with the offline providers) and adds a
fixed latency (P50 = P95) to every narration call and every picture through
`STORYLOOM_CHAOS`: 3 s a narration call and 9 s a picture by default, the figures of
issue 16. Narration makes one call per scene (the scenes' calls go out together, as
OpenAI speech does), so a story pays the narration latency once, as it did before the
scenes were published one by one.

For each story (inserted and started as tests.bench.pipeline does, target 300 s, --scenes
scenes, narration and pictures on), the client clock runs from `start_workflow`:

    first_audio = until scene 1's audio_url is set in the database (polled every 50 ms),
                  which is what GET /v1/stories/{id} and its progress read
    narrated    = until the story's whole narration is stored (stories.audio_url)
    finished    = until the workflow's result
    ratio       = first_audio / finished          (the goal: at most 0.5)

The summary prints medians and the worst story; `--warmup` stories (default 1) run first
and are left out (the first story pays the worker's start-up costs).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
from dataclasses import dataclass

POLL_SECONDS = 0.05
GOAL_RATIO = 0.5


@dataclass
class Run:
    story_id: str
    status: str
    scenes: int
    first_audio: float
    narrated: float
    finished: float

    @property
    def ratio(self) -> float:
        return self.first_audio / self.finished


async def run_story(client, task_queue: str, index: int, scenes: int, rng: random.Random) -> Run:
    from datetime import timedelta

    from temporalio.common import TypedSearchAttributes

    from api.services.search_attributes import story_search_attributes
    from contracts.names import story_workflow_id
    from contracts.policy import current_policy
    from contracts.workflows import story_workflow_input
    from db.tables import Stories, StoryScenes
    from tests.bench.pipeline import insert_story
    from workflows.story import StoryWorkflow

    story_id, user_id = await insert_story(index, scenes, rng)
    began = time.perf_counter()
    handle = await client.start_workflow(
        StoryWorkflow.run, story_workflow_input(current_policy(), story_id, user_id),
        id=story_workflow_id(story_id), task_queue=task_queue, execution_timeout=timedelta(minutes=10),
        search_attributes=TypedSearchAttributes(story_search_attributes(user_id, story_id)),
    )
    result = asyncio.ensure_future(handle.result())
    first_audio = narrated = None
    while not result.done() or first_audio is None or narrated is None:
        now = time.perf_counter() - began
        if first_audio is None and await StoryScenes.exists().where(
                (StoryScenes.story_id == story_id) & (StoryScenes.scene_number == 1)
                & StoryScenes.audio_url.is_not_null()):
            first_audio = now
        if narrated is None and await Stories.exists().where(
                (Stories.id == story_id) & Stories.audio_url.is_not_null()):
            narrated = now
        if result.done() and (first_audio is None or narrated is None):
            # Finished in the last poll's gap: the last moment it can have happened.
            first_audio = first_audio if first_audio is not None else now
            narrated = narrated if narrated is not None else now
            break
        await asyncio.sleep(POLL_SECONDS)
    outcome = await result
    finished = time.perf_counter() - began
    count = await StoryScenes.count().where(StoryScenes.story_id == story_id)
    return Run(story_id, outcome.status, count, first_audio, narrated, finished)


async def measure(arguments, temporal_address: str) -> tuple[list[Run], list[Run]]:
    from db.engine import close_pool, open_pool
    from tests.bench.pipeline import temporal_client

    await open_pool()
    try:
        client, policy = await temporal_client(temporal_address)
        rng = random.Random(arguments.seed)
        warm, runs = [], []
        for index in range(arguments.warmup + arguments.stories):
            run = await run_story(client, policy.story_task_queue, index, arguments.scenes, rng)
            measured = index >= arguments.warmup
            (runs if measured else warm).append(run)
            label = f"story {len(runs)}/{arguments.stories}" if measured else f"warm-up story {index + 1}"
            print(f"  {label}: first audio {run.first_audio:5.2f} s, narrated {run.narrated:5.2f} s, "
                  f"finished {run.finished:5.2f} s ({run.status})", flush=True)
        return warm, runs
    finally:
        await close_pool()


def report(arguments, runs: list[Run], chaos: str) -> bool:
    print()
    print(f"stories={len(runs)} scenes={arguments.scenes} seed={arguments.seed}")
    print(f"STORYLOOM_CHAOS={chaos}")
    print("seconds from start_workflow, client clock")
    print()
    header = f"{'#':>2} {'status':>9} {'scn':>3} {'first':>6} {'narr':>6} {'done':>6} {'ratio':>5}"
    print(header)
    print("-" * len(header))
    for number, run in enumerate(runs, start=1):
        print(f"{number:>2} {run.status:>9} {run.scenes:>3} {run.first_audio:6.2f} {run.narrated:6.2f} "
              f"{run.finished:6.2f} {run.ratio:5.2f}")
    median = statistics.median
    print()
    print(f"first audio     median {median(r.first_audio for r in runs):6.2f} s   "
          f"max {max(r.first_audio for r in runs):.2f} s")
    print(f"whole narration median {median(r.narrated for r in runs):6.2f} s")
    print(f"finished story  median {median(r.finished for r in runs):6.2f} s   "
          f"max {max(r.finished for r in runs):.2f} s")
    ratio, worst = median(r.ratio for r in runs), max(r.ratio for r in runs)
    good = all(run.status == "completed" and run.scenes == arguments.scenes for run in runs)
    if not good:
        print("WARNING: some stories did not complete with every requested scene")
    print(f"first_audio_ratio={ratio:.2f} worst={worst:.2f} goal<={GOAL_RATIO}")
    return good


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    from tests.bench.pipeline import check_story_run, story_run_parser

    parser = story_run_parser("python -m tests.bench.first_audio", __doc__.splitlines()[0], stories=5,
                              seeds="story ids and story seeds")
    parser.add_argument("--narration-ms", type=int, default=3000, help="latency of each narration call (default 3000)")
    parser.add_argument("--illustration-ms", type=int, default=9000, help="latency of each picture (default 9000)")
    arguments = parser.parse_args(argv)
    check_story_run(parser, arguments)
    if min(arguments.narration_ms, arguments.illustration_ms) < 1:
        parser.error("latencies must be at least 1 ms")
    return arguments


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    from tests.bench.pipeline import worker_stack

    chaos = json.dumps({"narration": {"latency_ms": [arguments.narration_ms] * 2},
                        "illustration": {"latency_ms": [arguments.illustration_ms] * 2}})
    started = time.perf_counter()
    with worker_stack("storyloom-first-audio-", arguments.seed, chaos, arguments.keep_home) as (address, _worker):
        results = asyncio.run(measure(arguments, address))
    print(f"stack stopped; benchmark took {time.perf_counter() - started:.0f} s", flush=True)
    warm, runs = results
    good = report(arguments, runs, chaos) and all(run.status == "completed" for run in warm)
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
