"""Milliseconds per offline picture, and the memory drawing takes, in one process.

    uv run python -m tests.bench.pictures [--languages en,es,fr,de,it] [--events all]
                                          [--scenes 5] [--repeat 3] [--clock wall|cpu]

Writes one built-in story per language and event with the offline composer, splits it
into scenes and draws every scene with the offline picture provider's own function
(`scene_png`: drawing and PNG encoding, what a worker's CPU pool runs per picture).
Before timing, one picture is drawn so imports, the lemma tries and the language
models are loaded (a worker does that when it starts). Each picture is drawn
--repeat times and its best time kept (the machine is shared); the table gives the
median, the 95th percentile and the slowest over all pictures, split into reading
the scene's text and drawing plus encoding. Memory: the peak of Python allocations
while drawing one picture (tracemalloc: Python objects only; Pillow's image buffers,
3 MiB for a 1024x1024 RGB canvas, are allocated in C and not counted) and the process's
peak resident size at the end (the language models are most of it).

Not a test: speed claims come from this script's figures, never from timed asserts.
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import time
import tracemalloc

from activities.providers.offline.composer import write_story_text
from activities.providers.offline.pictures import scene_png
from activities.providers.offline.scenes import extract_scenes
from contracts.story import HeroProfile, IllustrationRequest, StoryBrief
from contracts.vocabulary import BUILT_IN_EVENTS, LANGUAGES

HEROES = {
    "en": HeroProfile("Luna", "brave", "kind", appearance="red curly hair and a blue dress",
                      special_ability="talks to fireflies"),
    "es": HeroProfile("Mateo", "valiente", "amable", appearance="pelo castaño y una bufanda verde"),
    "fr": HeroProfile("Camille", "curieuse", "gentille", appearance="des tresses brunes et un ciré jaune"),
    "de": HeroProfile("Jonas", "mutig", "freundlich", appearance="blonde Haare und eine rote Mütze"),
    "it": HeroProfile("Giulia", "coraggiosa", "gentile", appearance="capelli neri e un vestito a fiori"),
}


def requests_for(language: str, event: str, scenes: int, seed: int = 7) -> list[IllustrationRequest]:
    hero = HEROES[language]
    brief = StoryBrief(language, 300, seed, hero, event, scene_count=scenes)
    drafts = extract_scenes(write_story_text(brief), brief)
    return [IllustrationRequest(d, language, seed, hero, event, None, len(drafts)) for d in drafts]


CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}


def best_of(repeat: int, job, clock=time.perf_counter) -> float:
    times = []
    for _ in range(repeat):
        started = clock()
        job()
        times.append(clock() - started)
    return min(times) * 1000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def reading_of(request: IllustrationRequest):
    """The scene-reading step on its own, when the provider has one (after issue 16)."""
    try:
        from activities.providers.offline.scene_reading import read_request, read_scene
    except ImportError:
        return None

    def read() -> None:
        read_scene.cache_clear()  # a scene is read once per picture; the lemma caches stay warm
        read_request(request)
    return read


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.pictures", description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--events", default="all", help="comma-separated event keys, or all")
    parser.add_argument("--scenes", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="wall",
                        help="wall time, or this process's CPU time (steadier on a machine others share)")
    arguments = parser.parse_args()
    languages = arguments.languages.split(",")
    events = list(BUILT_IN_EVENTS) if arguments.events == "all" else arguments.events.split(",")

    requests = [r for language in languages for event in events
                for r in requests_for(language, event, arguments.scenes)]
    scene_png(requests[0])  # imports, tries, language models: a worker's start, not a picture's

    total, reading, sizes = [], [], []
    for request in requests:
        clock = CLOCKS[arguments.clock]
        total.append(best_of(arguments.repeat, lambda: scene_png(request), clock))
        read = reading_of(request)
        if read is not None:
            reading.append(best_of(arguments.repeat, read, clock))
        sizes.append(len(scene_png(request)))

    gc.collect()
    tracemalloc.start()
    scene_png(requests[len(requests) // 2])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    def row(name: str, values: list[float]) -> None:
        print(f"  {name:<22} median {statistics.median(values):7.1f}  p95 {percentile(values, 0.95):7.1f}"
              f"  max {max(values):7.1f}")

    print(f"{len(requests)} pictures ({len(languages)} languages x {len(events)} events x {arguments.scenes} scenes),"
          f" best of {arguments.repeat}, {arguments.clock} ms per picture:")
    row("whole picture (PNG)", total)
    if reading:
        row("reading the scene", reading)
        row("drawing + encoding", [t - r for t, r in zip(total, reading)])
    print(f"  PNG size               median {statistics.median(sizes) / 1024:7.1f} KiB")
    print(f"  Python peak while drawing one picture {peak / 2**20:.1f} MiB;"
          f" process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
