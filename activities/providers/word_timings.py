"""Word timings for a spoken text, from whatever the speech gives: a synthesizer's own
word positions, a transcription's word timestamps, or nothing at all.

Every function here times the words of one piece of text (`word_spans` of it) inside
one stretch of audio [lower, upper], and returns WordTiming values whose character
offsets index the text as given. Whatever the source, the result keeps three promises:
starts never go back, a word ends no later than the next one starts, and every time
lies inside the stretch.

Words a source leaves untimed (a synthesizer that reads "25" as two words and "L'heure"
as one, a transcription that hears "3" for "three" or drops a word) take their share of
the time between their timed neighbours by `weights`, which is also the whole of the
proportional estimate: a word's letters plus one for the space after it, more where its
punctuation makes the reader pause (2 at a comma, semicolon or colon, 4 at the end of a
sentence, 6 at a paragraph break).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from difflib import SequenceMatcher

from contracts.read_along import WordTiming, word_spans

# Below this share of the text's words heard as written, a transcription is taken to be
# off (another language, a garbled answer, silence) and the estimate is used instead.
MIN_MATCHED_SHARE = 0.5
# A transcription may run a little past the audio it was given (rounding, padding).
TRANSCRIPT_SLACK_SECONDS = 0.5

Span = tuple[int, int]
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def weights(text: str, spans: list[Span]) -> list[float]:
    """How much of the speaking time each word takes, with the pause that follows it."""
    shares = []
    for index, (start, end) in enumerate(spans):
        following = text[end:spans[index + 1][0]] if index + 1 < len(spans) else text[end:]
        pause = 1.0
        if _PARAGRAPH_BREAK.search(following):
            pause = 6.0
        elif any(mark in following for mark in ".!?…"):
            pause = 4.0
        elif any(mark in following for mark in ",;:—–"):
            pause = 2.0
        shares.append(sum(character.isalnum() for character in text[start:end]) + pause)
    return shares


def _complete(text: str, spans: list[Span], starts: list[float | None], ends: list[float | None],
              lower: float, upper: float) -> list[WordTiming]:
    """Fills the untimed words in by their weights, then holds the three promises."""
    count = len(spans)
    if not count:
        return []
    upper = max(upper, lower)
    share = weights(text, spans)
    known = [index for index, start in enumerate(starts) if start is not None]
    filled: list[float] = [0.0] * count
    # Known starts, clipped into the stretch and never going back.
    floor = lower
    for index in known:
        floor = min(max(starts[index], floor), upper)
        filled[index] = floor
    # Each run of untimed words shares the time from the last timed word's start (or the
    # stretch's start) to the next timed word's start (or the stretch's end).
    previous = None
    for boundary in [*known, count]:
        first = 0 if previous is None else previous
        begin = lower if previous is None else filled[previous]
        finish = upper if boundary == count else filled[boundary]
        run = range(first, boundary)
        total = sum(share[index] for index in run) or 1.0
        elapsed = 0.0
        for index in run:
            if index != previous:
                filled[index] = begin + (finish - begin) * elapsed / total
            elapsed += share[index]
        previous = boundary if boundary < count else previous
    words = []
    for index, (char_start, char_end) in enumerate(spans):
        start = filled[index]
        limit = filled[index + 1] if index + 1 < count else upper
        end = ends[index]
        end = limit if end is None else min(max(end, start), limit)
        words.append(WordTiming(text[char_start:char_end], round(start, 3), round(max(end, start), 3),
                                char_start, char_end))
    return words


def within(words: list[WordTiming], upper: float) -> list[WordTiming]:
    """The words with no time past `upper` (the end of the audio they are heard in)."""
    upper = round(upper, 3)
    return [WordTiming(word.text, min(word.start, upper), min(word.end, upper), word.char_start, word.char_end)
            for word in words]


def estimate(text: str, lower: float, upper: float, spans: list[Span] | None = None) -> list[WordTiming]:
    """The proportional estimate: the stretch shared out by the words' weights."""
    spans = word_spans(text) if spans is None else spans
    return _complete(text, spans, [None] * len(spans), [None] * len(spans), lower, upper)


def from_positions(text: str, positions: list[tuple[int, float]], lower: float, upper: float,
                   spans: list[Span] | None = None, pauses: list[float] = ()) -> list[WordTiming]:
    """Timings from a synthesizer's word events: (character index into `text`, seconds).
    A word starts at the first event inside it (an event between words belongs to the
    next word) and ends where the next word starts (the last one at `upper`), or
    earlier, where the synthesizer says a clause's speech ended (`pauses`)."""
    spans = word_spans(text) if spans is None else spans
    starts: list[float | None] = [None] * len(spans)
    beginnings = [start for start, _ in spans]
    for character, seconds in positions:
        index = bisect_right(beginnings, character) - 1
        if index < 0 or character >= spans[index][1]:
            index += 1
        if 0 <= index < len(spans) and starts[index] is None:
            starts[index] = seconds
    words = _complete(text, spans, starts, [None] * len(spans), lower, upper)
    pauses = sorted(pauses)
    for index, word in enumerate(words):
        following = bisect_right(pauses, word.start + 0.02)  # a clause ending where this word begins is the last one's
        if following < len(pauses) and pauses[following] < word.end:
            words[index] = WordTiming(word.text, word.start, round(pauses[following], 3),
                                      word.char_start, word.char_end)
    return words


def normalized(word: str) -> str:
    """A word as two hearings of it compare: no case, no accents, no inner apostrophes or hyphens."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(character for character in decomposed if character.isalnum())


def _alike(ours: str, heard: str) -> bool:
    return ours == heard or SequenceMatcher(None, ours, heard).ratio() >= 0.75


def from_transcript(text: str, heard: list[tuple[str, float, float]], lower: float, upper: float,
                    spans: list[Span] | None = None) -> tuple[list[WordTiming], float]:
    """Timings from a transcription's words (word, start, end; seconds from `lower`),
    aligned to the text by sequence matching on normalised words. Returns the timings
    and the share of the text's words that were heard as written (or nearly)."""
    spans = word_spans(text) if spans is None else spans
    if not spans:
        return [], 1.0
    limit = upper - lower + TRANSCRIPT_SLACK_SECONDS
    tokens: list[tuple[str, float, float]] = []
    for word, start, end in heard:
        if not (0 <= start <= end <= limit):
            continue
        parts = word_spans(word)
        letters = sum(b - a for a, b in parts) or 1
        cursor = start
        for a, b in parts:
            length = (end - start) * (b - a) / letters
            tokens.append((normalized(word[a:b]), lower + cursor, lower + cursor + length))
            cursor += length
    ours = [normalized(text[a:b]) for a, b in spans]
    starts: list[float | None] = [None] * len(spans)
    ends: list[float | None] = [None] * len(spans)
    matched = 0
    matcher = SequenceMatcher(None, ours, [token for token, _, _ in tokens], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for i, j in zip(range(i1, i2), range(j1, j2)):
                starts[i], ends[i] = tokens[j][1], tokens[j][2]
                matched += _alike(ours[i], tokens[j][0])
        elif tag == "replace":
            # Heard as a different number of words ("twenty-five" for "25"): the words
            # written share the time of the words heard.
            begin, finish = tokens[j1][1], tokens[j2 - 1][2]
            part = spans[i1:i2]
            for offset, word in enumerate(_complete(text, part, [None] * len(part), [None] * len(part), begin, finish)):
                starts[i1 + offset], ends[i1 + offset] = word.start, word.end
    return _complete(text, spans, starts, ends, lower, upper), matched / len(spans)
