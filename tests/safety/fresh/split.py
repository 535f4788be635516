"""The fresh set's two halves, fixed before any tuning.

The five language files tell the same situations under the same case number
(``fresh-en-017`` and ``fresh-de-017`` are one scenario), so the split is by case
number: a scenario is in the tuning half in every language or in none, and the
held-out half holds situations never seen while tuning. Within each kind (direct,
reworded, injection, tricky) the numbers are ordered by a hash and cut in two.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).parent
LANGUAGES = ("en", "es", "fr", "de", "it")


def load(language: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / f"{language}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def number(case: dict) -> int:
    return int(case["id"].rsplit("-", 1)[1])


def _rank(n: int) -> str:
    return hashlib.sha256(f"storyloom-fresh|{n}".encode()).hexdigest()


def held_out_numbers() -> frozenset[int]:
    by_kind: dict[str, list[int]] = {}
    for case in load("en"):
        by_kind.setdefault(case["kind"], []).append(number(case))
    held = set()
    for numbers in by_kind.values():
        ordered = sorted(numbers, key=_rank)
        held.update(ordered[len(ordered) // 2 :])
    return frozenset(held)


def half(name: str) -> list[dict]:
    """Every case of the "tuning" or the "held_out" half, in all five languages."""
    held = held_out_numbers()
    wanted = name == "held_out"
    return [case for language in LANGUAGES for case in load(language) if (number(case) in held) == wanted]
