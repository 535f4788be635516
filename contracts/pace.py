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


def scene_starts_within(texts: list[str], duration_seconds: float | None) -> list[float]:
    """Where each scene starts in a telling that lasts `duration_seconds` (the app's own
    estimate of its story): the reading-pace starts, stretched to that length."""
    starts = scene_start_estimates(texts)
    spoken = reading_seconds(sum(count_words(text) for text in texts))
    if not duration_seconds or not spoken:
        return starts
    return [round(start * duration_seconds / spoken, 3) for start in starts]
