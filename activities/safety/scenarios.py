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


@dataclass(frozen=True)
class Book:
    """A language's scenarios, with one matcher over all their first parts so that a
    text is scanned once and only the scenarios that start in it are followed."""

    scenarios: tuple[Scenario, ...]
    openings: Matcher


@lru_cache(maxsize=None)
def book(language: str) -> Book:
    module = importlib.import_module(f"activities.safety.lexicon.{language}")
    scenarios = tuple(
        parse_scenario(category, spec) for category, specs in getattr(module, "SCENARIOS", {}).items() for spec in specs
    )
    openings = Matcher()
    for index, scenario in enumerate(scenarios):
        openings.add(parse_pattern(scenario.spec.split("...")[0].strip()), index)
    return Book(scenarios, openings)


def _follow(doc: Doc, scenario: Scenario, start: int, end: int, protected: list[bool]) -> int | None:
    """Where the scenario that opens at [start, end) ends, if its later parts follow."""
    words, sentence, cursor = doc.folded, doc.sentence_of(start), end
    for part in scenario.parts[1:]:
        found = None
        for k in range(cursor, min(cursor + GAP, len(words) - 1) + 1):
            if doc.sentence_of(k) != sentence:
                break
            sizes = [size for size, _ in part.at(words, k) if not any(protected[k : k + size])]
            if sizes:
                found = k + sizes[0]
                break
        if found is None:
            return None
        cursor = found
    return cursor


def _matches(doc: Doc, scenario: Scenario, protected: list[bool]) -> tuple[int, int] | None:
    """(first token, last token + 1) of the scenario's first match, if any."""
    for start, end, _ in scenario.parts[0].positions(doc.folded):
        if not any(protected[start:end]) and (stop := _follow(doc, scenario, start, end, protected)) is not None:
            return start, stop
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
    scenarios = book(language)
    found: dict[str, Finding] = {}
    for start, end, index in scenarios.openings.positions(doc.folded):
        scenario = scenarios.scenarios[index]  # type: ignore[index]
        if scenario.category in found or any(protected[start:end]):
            continue
        stop = _follow(doc, scenario, start, end, protected)
        if stop is not None:
            original = doc.text[doc.tokens[start].start : doc.tokens[stop - 1].end]
            found[scenario.category] = finding_for(scenario.category, original)
    return list(found.values())
