"""The calm bedtime reading pace. The composer sizes stories with it and the narrator
speaks at it, so a story's length in words maps to its length in time."""

from __future__ import annotations

import re
from collections.abc import Iterable

NARRATION_WORDS_PER_MINUTE = 130
MIN_SCENES = 3
MAX_SCENES = 6

# A word as a reader counts it: letters and digits, with inner apostrophes or hyphens
# ("didn't", "Jean-Luc"); punctuation and quote marks are not words.
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def reading_seconds(words: int) -> float:
    """How long `words` take to read aloud at the bedtime pace."""
    return words * 60.0 / NARRATION_WORDS_PER_MINUTE


def scene_start_estimates(texts: Iterable[str]) -> list[float]:
    """Where each scene starts at the reading pace, before narration measures it."""
    starts, words = [], 0
    for text in texts:
        starts.append(round(reading_seconds(words), 3))
        words += count_words(text)
    return starts
