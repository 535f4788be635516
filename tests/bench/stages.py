"""Per-stage times of one story per language, POST to completed, on the embedded stack.

    uv run python -m tests.bench.stages [--languages en,es,fr,de,it] [--duration 300]
                                        [--scenes 6] [--repeat 1] [--warmup 1]
                                        [--flows prompt,hero] [--keep-home]

Goal (issue "Speed"): a five-minute, six-scene story goes from POST to completed in
under 30 s on 2 cores, in every language.

Not a test (pytest collects `test_*.py` only). It starts the stack the project's own
way (`api.operations.supervisor.Supervisor`, as `storyloom up` / `storyloom tell` do) in a
temporary home on free ports: embedded PostgreSQL, the Temporal dev server, one
worker and the API, without `STORYLOOM_CHAOS`, so the figures are the offline
providers' real CPU time (text, espeak narration, drawn PNGs) plus orchestration.

Each story is made over HTTP like any client, by a new random premium user (story
starts are limited to 3 a minute per user), in two flows:

    prompt  POST /stories/    {"title", "prompt", "num_scenes": --scenes, "language"}
            (seed 004; the API asks for 60 s of narration per scene)
    hero    POST /v1/heroes, then POST /v1/stories {"hero_id", "event",
            "target_duration": --duration, "language"} (scene count: the composer's)

The clock runs from just before the story's POST until a poll of
`GET /v1/stories/{id}` (every --poll seconds) sees a terminal status. Stage times
come from the Temporal histories of `story-<id>` and its `story-<id>-scene-<n>`
children (tests/bench/history.py), each activity Scheduled -> Completed (queue
wait, every attempt and retry back-off included):

    POST -> workflow started    the API's work before the workflow runs (server clock)
    <activity>                  each StoryWorkflow step, in order
    illustrate_scene max / sum  the scene children's pictures (they run in parallel)
    production window           narration and pictures together: first scheduled ->
                                last completed
    record_progress sum         every progress mirror (n calls)
    record_progress critical    the part of it during which nothing else of the
                                story ran: what the mirrors add to the story's time
    gaps (no activity)          story time covered by no activity or child workflow:
                                workflow tasks, dispatch, timers
    workflow start -> close     server-side span of StoryWorkflow
    POST -> completed           the client's wall clock (the figure the goal is about)

`--warmup` stories (default 1, English, prompt flow) run first and are left out of
the table: they pay the worker's one-time costs (imports, espeak, picture banks).
With --repeat above 1 each cell is the median over the repeats; the last line uses
the slowest measured story. Exit status 1 when a story did not complete.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

GOAL_SECONDS = 30.0
TERMINAL = ("completed", "partial", "failed")
LANGUAGES = ("en", "es", "fr", "de", "it")
FLOWS = ("prompt", "hero")
STORY_TIMEOUT_SECONDS = 300.0
READY_TIMEOUT_SECONDS = 120.0

HEROES = {
    "en": ("Luna", "brave", "kind", "red curly hair and a blue dress"),
    "es": ("Mateo", "valiente", "amable", "pelo castaño y una bufanda verde"),
    "fr": ("Camille", "curieuse", "gentille", "des tresses brunes et un ciré jaune"),
    "de": ("Jonas", "mutig", "freundlich", "blonde Haare und eine rote Mütze"),
    "it": ("Giulia", "coraggiosa", "gentile", "capelli neri e un vestito a fiori"),
}
PROMPTS = {
    "en": ("The Lantern Fox", "A little fox finds a lantern that lights the way home for lost fireflies."),
    "es": ("El zorro del farol", "Un pequeño zorro encuentra un farol que guía a las luciérnagas perdidas a casa."),
    "fr": ("Le renard à la lanterne", "Un petit renard trouve une lanterne qui ramène les lucioles perdues chez elles."),
    "de": ("Der Laternenfuchs", "Ein kleiner Fuchs findet eine Laterne, die verirrten Glühwürmchen den Heimweg zeigt."),
    "it": ("La volpe e la lanterna", "Una piccola volpe trova una lanterna che riporta a casa le lucciole smarrite."),
}
EVENTS = {
    "en": "magical_forest_adventure", "es": "underwater_treasure_hunt", "fr": "cloud_castle_journey",
    "de": "space_exploration", "it": "animal_language_learning",
}

STORY_STEPS = (
    "load_story_brief", "moderate_brief", "write_story", "moderate_story", "extract_scenes",
    "moderate_scenes", "save_story", "narrate_story",
)


# --------------------------------------------------------------------------- measurements


@dataclass
class Run:
    language: str
    flow: str
    story_id: str
    status: str
    post_to_completed: float
    words: int | None = None
    scenes: int = 0
    audio_seconds: float | None = None
    error: str | None = None
    # stage label -> seconds (None: the step did not run)
    stages: dict[str, float | None] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)


def union_length(intervals: list[tuple[float, float]]) -> float:
    total, end = 0.0, float("-inf")
    for low, high in sorted(intervals):
        if high <= end:
            continue
        total += high - max(low, end)
        end = high
    return total


def only(spans, name: str) -> float | None:
    """Total of the one activity called `name` (summed if it ran more than once)."""
    chosen = [span.total for span in spans if span.name == name]
    return sum(chosen) if chosen else None


async def read_stages(client, run: Run, posted_at: float) -> None:
    from contracts.names import story_workflow_id
    from tests.bench.history import timeline

    handle = client.get_workflow_handle(story_workflow_id(run.story_id))
    try:  # the row turns terminal in finish_story; the workflow closes after one more mirror
        await asyncio.wait_for(handle.result(), 30)
    except Exception:  # a failed story still has a history worth reading
        pass
    story = timeline(await handle.fetch_history())
    pictures = []
    for child_id in sorted(story.children, key=lambda name: int(name.rsplit("-", 1)[1])):
        child = timeline(await client.get_workflow_handle(child_id).fetch_history())
        pictures.extend(child.named("illustrate_scene"))

    stages = run.stages
    stages["POST -> workflow started"] = story.started - posted_at
    for name in STORY_STEPS:
        stages[name] = only(story.activities, name)
    stages["illustrate_scene max"] = max((span.total for span in pictures), default=None)
    stages["illustrate_scene sum"] = sum(span.total for span in pictures) if pictures else None
    run.notes["illustrate_scene sum"] = f"n={len(pictures)}"
    media = [(span.scheduled, span.completed) for span in story.named("narrate_story")]
    media += [(initiated, completed) for initiated, _, completed in story.children.values()]
    stages["production window"] = (max(end for _, end in media) - min(start for start, _ in media)) if media else None
    stages["finish_story"] = only(story.activities, "finish_story")

    progress = story.named("record_progress")
    stages["record_progress sum"] = sum(span.total for span in progress)
    run.notes["record_progress sum"] = f"n={len(progress)}"
    everything = [(span.scheduled, span.completed) for span in story.activities]
    everything += [(initiated, completed) for initiated, _, completed in story.children.values()]
    others = [(span.scheduled, span.completed) for span in story.activities if span.name != "record_progress"]
    others += [(initiated, completed) for initiated, _, completed in story.children.values()]
    covered = union_length(everything)
    stages["record_progress critical"] = covered - union_length(others)
    server = (story.closed or story.started) - story.started
    stages["gaps (no activity)"] = server - covered
    run.notes["gaps (no activity)"] = f"{len(story.workflow_tasks)} wft"
    stages["workflow start -> close"] = server
    stages["POST -> completed"] = run.post_to_completed


class HttpError(RuntimeError):
    pass


def checked(response) -> dict:
    if response.status_code >= 400:
        raise HttpError(f"{response.request.method} {response.request.url.path} -> "
                        f"{response.status_code}: {response.text[:300]}")
    return response.json() if response.content else {}


async def make_story(http, temporal, secret: str, language: str, flow: str, arguments) -> Run:
    from api.http.tokens import mint_token

    user_id = str(uuid.uuid4())
    headers = {"Authorization": f"Bearer {mint_token(secret, user_id, 'premium', ttl_seconds=3600)}"}
    if flow == "hero":
        name, first, second, looks = HEROES[language]
        hero = checked(await http.post("/v1/heroes", headers=headers, json={
            "name": name, "primary_trait": first, "secondary_trait": second, "appearance": looks,
        }))
        body = {"hero_id": hero["id"], "event": {"type": "built_in", "data": {"event": EVENTS[language]}},
                "target_duration": arguments.duration, "language": language}
        path = "/v1/stories"
    else:
        title, prompt = PROMPTS[language]
        body = {"title": title, "prompt": prompt, "num_scenes": arguments.scenes, "language": language}
        path = "/stories"
    posted_at = time.time()
    began = time.perf_counter()
    accepted = checked(await http.post(path, headers=headers, json=body))
    story_id = str(accepted["story_id"])
    deadline = began + arguments.story_timeout
    while True:
        story = checked(await http.get(f"/v1/stories/{story_id}", headers=headers))
        if story["status"] in TERMINAL:
            elapsed = time.perf_counter() - began
            break
        if time.perf_counter() > deadline:
            raise TimeoutError(f"{flow} story {story_id} ({language}) not finished after {arguments.story_timeout:g} s")
        await asyncio.sleep(arguments.poll)
    error = story.get("error")
    run = Run(language, flow, story_id, story["status"], elapsed, story.get("word_count"), len(story["scenes"]),
              story.get("audio_duration_seconds"), f"{error['code']}: {error['message']}" if error else None)
    await read_stages(temporal, run, posted_at)
    return run


# --------------------------------------------------------------------------- report


def fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def median_or_none(values: list) -> float | None:
    present = [value for value in values if value is not None]
    return statistics.median(present) if present else None


def report(arguments, runs: list[Run], cores: int) -> bool:
    flows = arguments.flows
    heading = {"prompt": f"/stories {arguments.scenes} sc", "hero": f"/v1 {arguments.duration} s"}
    width = 22
    stage_names = list(dict.fromkeys(name for run in runs for name in run.stages))
    extras = ("status", "words", "scenes", "audio seconds")
    label_width = max(len(name) for name in [*stage_names, *extras])
    how = "median of " + str(arguments.repeat) if arguments.repeat > 1 else "seconds"
    print()
    print(f"per-stage times ({how}; activity Scheduled -> Completed), {cores} CPU cores")
    print(f"{'lang':<5} {'stage':<{label_width}} " + " ".join(f"{heading[flow]:>{width}}" for flow in flows))
    for language in arguments.languages:
        chosen = {flow: [run for run in runs if run.language == language and run.flow == flow] for flow in flows}
        print("-" * (6 + label_width + (width + 1) * len(flows)))
        for name in stage_names:
            cells = []
            for flow in flows:
                cell = fmt(median_or_none([run.stages.get(name) for run in chosen[flow]]))
                notes = sorted({run.notes[name] for run in chosen[flow] if name in run.notes})
                cells.append(f"{cell} ({'/'.join(notes)})" if notes else cell)
            print(f"{language:<5} {name:<{label_width}} " + " ".join(f"{cell:>{width}}" for cell in cells))
        rows = {
            "status": lambda group: "/".join(sorted({run.status for run in group})) or "-",
            "words": lambda group: fmt(median_or_none([run.words for run in group]), 0),
            "scenes": lambda group: fmt(median_or_none([run.scenes for run in group]), 0),
            "audio seconds": lambda group: fmt(median_or_none([run.audio_seconds for run in group]), 1),
        }
        for name, cell in rows.items():
            print(f"{language:<5} {name:<{label_width}} " + " ".join(f"{cell(chosen[flow]):>{width}}" for flow in flows))
    print()
    for run in runs:
        if run.error or run.status != "completed":
            print(f"{run.language} {run.flow} story {run.story_id}: {run.status} {run.error or ''}")
    slowest = max(runs, key=lambda run: run.post_to_completed)
    all_completed = all(run.status == "completed" for run in runs)
    met = all_completed and slowest.post_to_completed < GOAL_SECONDS
    print(f"slowest: {slowest.language} {slowest.flow} {slowest.post_to_completed:.2f} s (story {slowest.story_id})")
    print(f"max_post_to_completed_s={slowest.post_to_completed:.2f} goal={GOAL_SECONDS:.0f} met={'yes' if met else 'no'}")
    return all_completed


# --------------------------------------------------------------------------- the run


async def wait_until_healthy(http) -> None:
    """The API answers before the worker polls; a story started then would wait for it."""
    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    while True:
        response = await http.get("/functions/v1/health")
        if response.status_code == 200:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"the stack is not healthy after {READY_TIMEOUT_SECONDS:.0f} s: {response.text[:300]}")
        await asyncio.sleep(0.3)


async def measure(arguments, home: Path, api_url: str) -> tuple[list[Run], list[Run]]:
    import httpx
    from temporalio.client import Client

    from api.operations.stack_file import read_running_stack
    from api.settings import jwt_secret
    from contracts.policy import load_policy

    stack = read_running_stack(home)
    if stack is None:
        raise RuntimeError(f"no running stack recorded under {home}")
    from contracts.codec import data_converter

    temporal = await Client.connect(stack.temporal_address, namespace=load_policy().namespace,
                                    data_converter=data_converter(home))
    secret = jwt_secret(home)
    warm, runs = [], []
    async with httpx.AsyncClient(base_url=api_url, timeout=60) as http:
        await wait_until_healthy(http)
        for index in range(arguments.warmup):
            run = await make_story(http, temporal, secret, "en", "prompt", arguments)
            warm.append(run)
            print(f"warm-up {index + 1}: en prompt {run.post_to_completed:.2f} s ({run.status})",
                  file=sys.stderr, flush=True)
        for repeat in range(arguments.repeat):
            for language in arguments.languages:
                for flow in arguments.flows:
                    run = await make_story(http, temporal, secret, language, flow, arguments)
                    runs.append(run)
                    print(f"[{repeat + 1}/{arguments.repeat}] {language} {flow:<6} {run.status:<9} "
                          f"POST->completed {run.post_to_completed:6.2f} s  words {run.words}  scenes {run.scenes}  "
                          f"audio {fmt(run.audio_seconds, 1)} s", file=sys.stderr, flush=True)
    return warm, runs


def listed(choices: tuple[str, ...]):
    def parse(text: str) -> list[str]:
        values = [part.strip().lower() for part in text.split(",") if part.strip()]
        wrong = [value for value in values if value not in choices]
        if wrong or not values:
            raise argparse.ArgumentTypeError(f"expected a comma-separated subset of {','.join(choices)}")
        return values
    return parse


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.stages", description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", type=listed(LANGUAGES), default=list(LANGUAGES))
    parser.add_argument("--duration", type=int, default=300, help="target_duration of the /v1 hero flow (60-600)")
    parser.add_argument("--scenes", type=int, default=6, help="num_scenes of the /stories prompt flow (3-6)")
    parser.add_argument("--repeat", type=int, default=1, help="stories per language and flow")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured stories first (default 1)")
    parser.add_argument("--flows", type=listed(FLOWS), default=list(FLOWS))
    parser.add_argument("--poll", type=float, default=0.1, help="seconds between status polls")
    parser.add_argument("--story-timeout", type=float, default=STORY_TIMEOUT_SECONDS)
    parser.add_argument("--keep-home", action="store_true", help="keep the temporary home (logs, media)")
    arguments = parser.parse_args(argv)
    if arguments.repeat < 1 or arguments.warmup < 0 or arguments.poll <= 0:
        parser.error("--repeat must be >= 1, --warmup >= 0, --poll > 0")
    if "prompt" in arguments.flows and not 3 <= arguments.scenes <= 6:
        parser.error("--scenes must be 3-6 (PromptStoryRequest.num_scenes)")
    if "hero" in arguments.flows and not 60 <= arguments.duration <= 600:
        parser.error("--duration must be 60-600 (StoryCreate.target_duration)")
    return arguments


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    home = Path(tempfile.mkdtemp(prefix="storyloom-stages-"))
    # Before any module that reads settings is imported; an embedded stack of our own,
    # with the providers' real cost (no chaos latency or faults).
    os.environ["STORYLOOM_HOME"] = str(home)
    for name in ("DATABASE_URL", "TEMPORAL_ADDRESS", "STORYLOOM_CHAOS"):
        if os.environ.pop(name, None) is not None:
            print(f"ignoring {name} from the environment: this benchmark runs its own embedded stack",
                  file=sys.stderr)

    from api.operations.supervisor import Supervisor, UpOptions
    from db.embedded import free_port

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"home {home}; {cores} CPU cores", file=sys.stderr, flush=True)
    supervisor = Supervisor(UpOptions(home=home, port=free_port(), pg_port=free_port(), temporal_port=free_port(),
                                      ui_port=free_port()), say_to=sys.stderr)
    started = time.perf_counter()
    results = None
    try:
        api_url = supervisor.start()
        print(f"stack up in {time.perf_counter() - started:.1f} s at {api_url}", file=sys.stderr, flush=True)
        results = asyncio.run(measure(arguments, home, api_url))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except (HttpError, TimeoutError, ChildProcessError, RuntimeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        supervisor.shutdown()  # bounded: 20 s per child, then the servers
        if arguments.keep_home:
            print(f"kept {home}", file=sys.stderr)
        else:
            shutil.rmtree(home, ignore_errors=True)
        print(f"benchmark took {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    warm, runs = results
    good = report(arguments, runs, cores)
    return 0 if good and all(run.status == "completed" for run in warm) else 1


if __name__ == "__main__":
    sys.exit(main())
