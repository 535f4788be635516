"""Harm told without harmful words: situations recognised by their parts.

Word rules see "puppy", "wake" and "never" as harmless, and they are; together
("makes sure the puppy never wakes up again") they are a killing. A scenario is a
few word patterns that must follow one another in the same sentence, each at most
``GAP`` words after the previous one: ``"never ... wake*"``. Each language's
``SCENARIOS`` (in its lexicon module) lists them per category.

A scenario cannot be rewritten word by word, so a match refuses the text: the
reject categories keep their reason codes; a rewritable theme (a child abandoned,
a parent who stops loving them) gets ``<CATEGORY>_UNSUITABLE``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache

from activities.safety.text import Doc, Matcher, parse_pattern
from activities.safety.verdicts import REASON_REJECTED, REJECT_SEVERITY, Finding

# Words allowed between two parts of a scenario.
GAP = 6
CONFIDENCE = 0.8


@dataclass(frozen=True)
class Scenario:
    category: str  # "graphic" for graphic violence, else a flag category
    spec: str
    parts: tuple[Matcher, ...]


def parse_scenario(category: str, spec: str) -> Scenario:
    parts = []
    for part in spec.split("..."):
        matcher = Matcher()
        matcher.add(parse_pattern(part.strip()), spec)
        parts.append(matcher)
    return Scenario(category, spec, tuple(parts))


@lru_cache(maxsize=None)
def scenarios(language: str) -> tuple[Scenario, ...]:
    module = importlib.import_module(f"activities.safety.lexicon.{language}")
    return tuple(
        parse_scenario(category, spec) for category, specs in getattr(module, "SCENARIOS", {}).items() for spec in specs
    )


def _matches(doc: Doc, scenario: Scenario, protected: list[bool]) -> tuple[int, int] | None:
    """(first token, last token + 1) of the scenario's first match, if any."""
    words = doc.folded
    spans = [[(s, e) for s, e, _ in part.positions(words) if not any(protected[s:e])] for part in scenario.parts]
    for start, end in spans[0]:
        sentence, cursor, ok = doc.sentence_of(start), end, True
        for later in spans[1:]:
            following = [(s, e) for s, e in later if cursor <= s <= cursor + GAP and doc.sentence_of(s) == sentence]
            if not following:
                ok = False
                break
            cursor = following[0][1]
        if ok:
            return start, cursor
    return None


def finding_for(category: str, original: str) -> Finding:
    if category == "graphic":
        return Finding("violence", "critical", "rejected", original, None, CONFIDENCE, REASON_REJECTED["violence"],
                       "analysis")
    if category in REASON_REJECTED:
        return Finding(category, REJECT_SEVERITY[category], "rejected", original, None, CONFIDENCE,
                       REASON_REJECTED[category], "analysis")
    return Finding(category, "high", "rejected", original, None, CONFIDENCE, f"{category.upper()}_UNSUITABLE",
                   "analysis")


def scenario_findings(doc: Doc, language: str, protected: list[bool]) -> list[Finding]:
    """One refusal per category whose scenario the text tells."""
    found: dict[str, Finding] = {}
    for scenario in scenarios(language):
        if scenario.category in found:
            continue
        span = _matches(doc, scenario, protected)
        if span is not None:
            original = doc.text[doc.tokens[span[0]].start : doc.tokens[span[1] - 1].end]
            found[scenario.category] = finding_for(scenario.category, original)
    return list(found.values())
