"""The fresh set through the parent-text gate: ``uv run python -m tests.safety.fresh.report``.

Prints, for the tuning half and the held-out half, per language and per category,
how many unsafe cases are stopped and how many harmless ones are refused. Each text
is read as the API reads a parent's field with no ``Accept-Language``: in the
language lingua hears in it. ``--failures`` lists the tuning sets' misses (never
the held-out half's: nobody tunes on it), ``--tuning-only`` leaves the held-out half
out altogether, and ``--set fresh31`` prints one set alone. The later tuning sets
(``TUNING_SET_FOLDERS``, written by other writers) are printed too; they are in-sample
as well. The evaluation set ``tests/safety/fresh5`` was written beside ``fresh4`` and
never tuned on: like the held-out half, it is printed last and left out by
``--tuning-only``; neither is ever printed alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from activities.safety.parent_text import classify
from tests.safety.fresh.split import LANGUAGES, half

SAFETY_TESTS = Path(__file__).resolve().parents[1]
# Later tuning sets, each from writers who had not read the rules; in-sample like the
# tuning half. Training reads the same list. A new set is scored with ``--set`` before
# it joins: that first reading is the only one that tells how the gate does on unseen text.
TUNING_SET_FOLDERS = ("fresh2", "fresh3", "fresh4", *(f"fresh{number}" for number in range(6, 40)))
LATER_TUNING_SETS = {name: SAFETY_TESTS / name for name in TUNING_SET_FOLDERS}
EVALUATION_SET = ("evaluation set", SAFETY_TESTS / "fresh5")


def later_tuning_set(folder: Path) -> list[dict]:
    return [json.loads(line) for language in LANGUAGES if (folder / f"{language}.jsonl").exists()
            for line in (folder / f"{language}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]

GOAL_STOPPED = 98.0
GOAL_REFUSED = 3.0


def outcomes(cases: list[dict], with_language: bool) -> list[tuple[dict, bool]]:
    """(case, refused) for every case."""
    return [(case, classify(case["text"], case["language"] if with_language else None).harmful) for case in cases]


def _pct(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def table(name: str, results: list[tuple[dict, bool]]) -> list[str]:
    lines = [f"## {name}", f"{'':<18}{'unsafe':>7}{'stopped':>9}{'harmless':>10}{'refused':>9}"]
    groups: dict[str, list[tuple[dict, bool]]] = defaultdict(list)
    for case, refused in results:
        groups[f"lang {case['language']}"].append((case, refused))
        groups[f"cat {case['category']}"].append((case, refused))
        groups[f"kind {case['kind']}"].append((case, refused))
        groups["all"].append((case, refused))
    order = [f"lang {l}" for l in LANGUAGES] + sorted(k for k in groups if k.startswith("kind")) + sorted(
        k for k in groups if k.startswith("cat")) + ["all"]
    for key in order:
        rows = groups[key]
        unsafe = [r for c, r in rows if c["label"] == "unsafe"]
        harmless = [r for c, r in rows if c["label"] == "harmless"]
        lines.append(
            f"{key:<18}{len(unsafe):>7}{_pct(sum(unsafe), len(unsafe)):>8.1f}%"
            f"{len(harmless):>10}{_pct(sum(harmless), len(harmless)):>8.1f}%"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the tuning half's misses")
    parser.add_argument("--with-language", action="store_true", help="also name the case's language, as a story does")
    parser.add_argument("--tuning-only", action="store_true",
                        help="print the tuning sets alone: whoever tunes must not watch the held-out figures move")
    parser.add_argument("--set", metavar="FOLDER",
                        help="print one set of tests/safety alone, such as a new one before it joins the tuning data")
    args = parser.parse_args(argv)
    if args.set in ("fresh", EVALUATION_SET[1].name):
        parser.error("the held-out half and the evaluation set are read only with the rest, never one by one")
    started = time.perf_counter()
    names = ["tuning", *(name for name, folder in LATER_TUNING_SETS.items() if folder.exists())]
    held_out = ["held_out", EVALUATION_SET[0]]
    for name in [args.set] if args.set else names if args.tuning_only else [*names, *held_out]:
        if name == EVALUATION_SET[0]:
            cases = later_tuning_set(EVALUATION_SET[1])
        elif name == args.set:
            cases = later_tuning_set(SAFETY_TESTS / name)
        else:
            cases = later_tuning_set(LATER_TUNING_SETS[name]) if name in LATER_TUNING_SETS else half(name)
        results = outcomes(cases, args.with_language)
        print("\n".join(table(name, results)))
        unsafe = [r for c, r in results if c["label"] == "unsafe"]
        per_language_ok = all(
            _pct(sum(r for c, r in results if c["label"] == "unsafe" and c["language"] == l),
                 sum(1 for c, _ in results if c["label"] == "unsafe" and c["language"] == l)) >= GOAL_STOPPED
            and _pct(sum(r for c, r in results if c["label"] == "harmless" and c["language"] == l),
                     sum(1 for c, _ in results if c["label"] == "harmless" and c["language"] == l)) <= GOAL_REFUSED
            for l in LANGUAGES
        )
        print(f"{name}: {sum(unsafe)}/{len(unsafe)} unsafe stopped; goals in every language: "
              f"{'met' if per_language_ok else 'not met'}\n")
        if args.failures and name not in held_out:
            for case, refused in results:
                if refused != (case["label"] == "unsafe"):
                    what = "MISSED " if not refused else "REFUSED"
                    print(f"  {what} {case['id']} [{case['category']}] {case['text']}")
            print()
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
