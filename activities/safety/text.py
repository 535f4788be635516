"""Text plumbing shared by every safety layer: folding, tokens, sentences, patterns.

Everything here is pure and deterministic. Matching is done on *words*: the text
is cut into tokens (runs of letters and digits), each token is folded (lower case,
accents removed, ``ß`` → ``ss``), and patterns are sequences of token slots. So
"warm" never matches "war", "class" never matches "ass", and "Éclair" matches
"eclair", while the original characters stay available for rewriting.

The lexicons are written in a tiny notation, parsed here:

* braces expand in step: ``"weapon{,s}"`` → ``weapon``, ``weapons``;
  ``"varita{,s} mágica{,s}"`` → ``varita mágica``, ``varitas mágicas``;
* in a *pattern* a space separates tokens, ``|`` separates alternatives of one
  token, and a trailing ``*`` makes a prefix slot (``porn*``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from activities.language.lemmas import fold  # noqa: F401  (lower case without accents: what patterns match)

TOKEN = re.compile(r"[^\W_]+")
_BRACES = re.compile(r"\{([^{}]*)\}")
# A sentence ends at . ! ? … (with closing quotes) followed by space, or at a line break.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n+")


def expand(spec: str) -> list[str]:
    """Brace expansion in step (all groups of one string must have as many choices)."""
    groups = _BRACES.findall(spec)
    if not groups:
        return [spec]
    choices = [g.split(",") for g in groups]
    size = len(choices[0])
    if any(len(c) != size for c in choices):
        raise ValueError(f"brace groups of unequal size in {spec!r}")
    out = []
    for k in range(size):
        it = iter(c[k] for c in choices)
        out.append(_BRACES.sub(lambda _m: next(it), spec))
    return out


# ----------------------------------------------------------------------- tokens


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    folded: str


@dataclass
class Doc:
    """A text cut into tokens and sentences, with lazily computed cue positions."""

    text: str
    tokens: list[Token]
    sentence_starts: list[int]
    token_sentence: list[int]
    cache: dict = field(default_factory=dict)

    @property
    def folded(self) -> list[str]:
        got = self.cache.get("folded")
        if got is None:
            got = self.cache["folded"] = [t.folded for t in self.tokens]
        return got

    def sentence_of(self, index: int) -> int:
        return self.token_sentence[index]

    def sentence_at(self, offset: int) -> int:
        """The sentence a character offset falls in."""
        return bisect_right(self.sentence_starts, offset) - 1


def make_doc(text: str) -> Doc:
    tokens = [Token(m.start(), m.end(), m.group(), fold(m.group())) for m in TOKEN.finditer(text)]
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    token_sentence = [bisect_right(starts, t.start) - 1 for t in tokens]
    return Doc(text, tokens, starts, token_sentence)


# --------------------------------------------------------------------- patterns


@dataclass(frozen=True)
class Slot:
    exact: frozenset[str]
    prefixes: tuple[str, ...] = ()

    def accepts(self, word: str) -> bool:
        return word in self.exact or any(word.startswith(p) for p in self.prefixes)


def parse_pattern(spec: str) -> tuple[Slot, ...]:
    """``"die|dies|dying of laugh{ter,ing}"`` → three slots."""
    slots = []
    for part in spec.split():
        exact, prefixes = set(), []
        for alt in part.split("|"):
            for form in expand(alt):
                if form.endswith("*"):
                    prefixes.append(fold(form[:-1]))
                else:
                    exact.update(fold(w) for w in TOKEN.findall(form))
        slots.append(Slot(frozenset(exact), tuple(prefixes)))
    return tuple(slots)


def phrase_slots(phrase: str) -> tuple[Slot, ...]:
    """A literal phrase (no alternatives) as slots, tokenised like any text."""
    return tuple(Slot(frozenset([fold(w)])) for w in TOKEN.findall(phrase))


class Matcher:
    """Finds patterns in a token sequence; each pattern carries a payload."""

    def __init__(self) -> None:
        self._exact: dict[str, list[tuple[tuple[Slot, ...], object]]] = {}
        self._prefix: dict[str, list[tuple[tuple[Slot, ...], object]]] = {}
        self.size = 0

    def add(self, slots: tuple[Slot, ...], payload: object) -> None:
        if not slots:
            return
        self.size += 1
        first = slots[0]
        for form in first.exact:
            self._exact.setdefault(form, []).append((slots, payload))
        for prefix in first.prefixes:
            self._prefix.setdefault(prefix[:3], []).append((slots, payload))

    def at(self, words: list[str], i: int) -> list[tuple[int, object]]:
        """Every (length, payload) matching at token i, longest first."""
        word = words[i]
        candidates = self._exact.get(word, [])
        bucket = self._prefix.get(word[:3])
        if bucket:
            candidates = candidates + bucket
        found = []
        n = len(words)
        for slots, payload in candidates:
            size = len(slots)
            if i + size > n or not slots[0].accepts(word):
                continue
            if all(slots[k].accepts(words[i + k]) for k in range(1, size)):
                found.append((size, payload))
        found.sort(key=lambda x: -x[0])
        return found

    def positions(self, words: list[str]) -> list[tuple[int, int, object]]:
        """All matches as (start, end, payload), scanning left to right, overlaps allowed."""
        out = []
        exact, prefix = self._exact, self._prefix
        for i, word in enumerate(words):
            if word in exact or (prefix and word[:3] in prefix):
                for size, payload in self.at(words, i):
                    out.append((i, i + size, payload))
        return out


def cue_matcher(specs) -> Matcher:
    m = Matcher()
    for spec in specs:
        m.add(parse_pattern(spec), spec)
    return m


# ----------------------------------------------------------------- capitalisation


def match_case(original: str, replacement: str) -> str:
    """Give a replacement the capitalisation of the words it replaces."""
    if not replacement:
        return replacement
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters and letters[0].isupper() and replacement[0].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement
