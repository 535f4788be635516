"""Read-along: when each word of a scene is spoken, and where it stands in the scene's text.

A narrated scene is stored as a small JSON record beside its MP3 (`scene_words_key`),
written once, when the scene is published; the API reads it back for
`GET /v1/stories/{id}/read-along`. Times are seconds from the start of the story's
audio; character offsets index the scene's `text_segment`, so
`text_segment[char_start:char_end] == text` for every word.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from enum import StrEnum


class WordTimingSource(StrEnum):
    """Where a scene's word timings come from, best first."""

    # The speech engine reported each word's audio position itself (espeak-ng).
    SYNTHESIZER = "synthesizer"
    # Speech made elsewhere, transcribed with word timestamps and aligned to the text.
    TRANSCRIPTION = "transcription"
    # Shared out by the words' lengths and the pauses their punctuation asks for.
    ESTIMATE = "estimate"


def weakest(sources: list[WordTimingSource]) -> WordTimingSource:
    """A scene timed from several sources is only as good as its weakest part."""
    order = list(WordTimingSource)
    return max(sources, key=order.index) if sources else WordTimingSource.SYNTHESIZER


# A word as a reader follows it: letters and digits, with inner apostrophes or hyphens
# ("didn't", "C'era", "Jean-Luc") and digit groups ("1.000", "3:30") kept whole; quotes
# and punctuation are not words. (contracts.pace counts words the same way, apart
# from the digit groups, which it does not need.)
_WORD = re.compile(r"[^\W_]+(?:(?:['’ʼ\-]|(?<=\d)[.,:](?=\d))[^\W_]+)*")


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(char_start, char_end) of each word of `text[start:end]`, as offsets into `text`."""
    return [match.span() for match in _WORD.finditer(text, start, len(text) if end is None else end)]


@dataclass(frozen=True)
class WordTiming:
    text: str
    start: float
    end: float
    char_start: int
    char_end: int

    def shifted(self, seconds: float = 0.0, chars: int = 0) -> WordTiming:
        return WordTiming(self.text, round(self.start + seconds, 3), round(self.end + seconds, 3),
                          self.char_start + chars, self.char_end + chars)


@dataclass(frozen=True)
class NarratedScene:
    """One scene as published: its audio, where it starts in the story's audio, how long
    it lasts, and its words (times from the start of the story's audio)."""

    scene_number: int
    audio_key: str
    offset_seconds: float
    duration_seconds: float
    word_timing: str  # a WordTimingSource
    words: list[WordTiming] = field(default_factory=list)

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":")).encode()

    @classmethod
    def from_json(cls, data: bytes) -> NarratedScene:
        raw = json.loads(data)
        return cls(**{**raw, "words": [WordTiming(**word) for word in raw["words"]]})
