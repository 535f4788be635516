"""Per-language lexicons, compiled once into matchers.

Each language module (``en``, ``es``, ``fr``, ``de``, ``it``) holds plain data:
``REWRITE`` (category → lines ``forms = replacements``), ``REJECT`` (category →
patterns), ``ALLOW`` (harmless expressions), ``CUES`` (context word lists),
``SUFFIXES`` and ``ANALYSIS`` (the analyser's stems and co-occurrence sets),
``NEAR_MISS``, ``IMAGE``, ``COMPANIONSHIP`` and ``INJECTION``. ``load(language)``
turns it into a :class:`Lexicon`.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from activities.safety.text import Matcher, cue_matcher, expand, fold, parse_pattern, phrase_slots
from activities.safety.verdicts import (
    REASON_REJECTED,
    REJECT_SEVERITY,
    REWRITE_SEVERITY,
    filtered_reason,
    rewritten_reason,
)
from contracts.vocabulary import LANGUAGES

_OPTION = re.compile(r"\s+([@!:][\w]+)\s*$")


@dataclass(frozen=True)
class Term:
    """A rule-layer entry: a word or phrase and what to do with it."""

    category: str
    kind: str  # "rewrite" | "reject"
    form: str
    replacement: str | None = None  # None for reject; "" removes the words
    base: str | None = None  # English base form for verbs with one past/present spelling ("hit")
    gender: str | None = None
    flags: frozenset[str] = frozenset()
    severity: str = "medium"
    reason: str = ""

    @property
    def action(self) -> str:
        if self.kind == "reject":
            return "rejected"
        return "filtered" if self.replacement == "" else "modified"


def parse_rewrites(category: str, block: str, kind: str = "rewrite") -> list[tuple[str, Term]]:
    """Lines ``forms = replacements [@flag] [!severity] [:gender]`` → (form, Term)."""
    out = []
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        flags, severity, gender = set(), REWRITE_SEVERITY.get(category, "low"), None
        while (m := _OPTION.search(line)) is not None:
            option = m.group(1)
            if option[0] == "@":
                flags.add(option[1:])
            elif option[0] == "!":
                severity = option[1:]
            else:
                gender = option[1:]
            line = line[: m.start()]
        left, right = (part.strip() for part in line.split(" = ", 1))
        forms = [f for group in left.split("/") for f in expand(group.strip())]
        replacements = [r for group in right.split("/") for r in expand(group.strip())]
        if len(replacements) == 1:
            replacements *= len(forms)
        if len(replacements) != len(forms):
            raise ValueError(f"{category}: {raw.strip()!r} has {len(forms)} forms, {len(replacements)} replacements")
        for form, replacement in zip(forms, replacements):
            base = None
            if "|" in replacement:
                base, replacement = replacement.split("|", 1)
            replacement = "" if replacement == "-" else replacement
            reason = filtered_reason(category) if replacement == "" else rewritten_reason(category)
            out.append((form, Term(category, kind, form, replacement, base, gender, frozenset(flags), severity, reason)))
    return out


@dataclass
class AnalysisData:
    """The analyser's material for one language."""

    stems: dict[str, list[tuple[str, float, bool]]] = field(default_factory=dict)  # key → (category, weight, fuzzy)
    exact: dict[str, list[tuple[str, float, bool]]] = field(default_factory=dict)
    phrases: Matcher = field(default_factory=Matcher)
    sets: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)  # name → (stems, exact words)
    phrase_sets: dict[str, Matcher] = field(default_factory=dict)
    fuzzy_keys: dict[str, list[str]] = field(default_factory=dict)  # trigram → keys
    compound_heads: bool = False


@dataclass
class Lexicon:
    language: str
    terms: Matcher
    allow: Matcher
    cues: dict[str, Matcher]
    suffixes: tuple[str, ...]
    analysis: AnalysisData
    near_miss: frozenset[str]
    single_forms: dict[str, Term]
    possessive_objects: frozenset[str]  # object pronouns that are also possessives ("her")
    companionship: Matcher
    soften: Matcher
    child: Matcher
    companion_phrase: str
    injection: list[re.Pattern]
    entries: list[tuple[str, Term]]


def trigrams(word: str) -> set[str]:
    padded = f"^{word}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _analysis(data: dict, compound_heads: bool) -> AnalysisData:
    a = AnalysisData(compound_heads=compound_heads)

    def add(spec: str, category: str, weight: float) -> None:
        fuzzy = spec.endswith("~")
        spec = spec.rstrip("~")
        exact = spec.startswith("=")
        key = fold(spec.lstrip("="))
        (a.exact if exact else a.stems).setdefault(key, []).append((category, weight, fuzzy))
        if fuzzy and len(key) >= 5:
            for gram in trigrams(key):
                a.fuzzy_keys.setdefault(gram, []).append(key)

    for strength, weight in (("strong", 1.0), ("weak", 0.45)):
        for category, specs in data.get(strength, {}).items():
            for spec in specs.split():
                add(spec, category, weight)
    for category, patterns in data.get("phrases", {}).items():
        for pattern in patterns:
            a.phrases.add(parse_pattern(pattern), (category, 1.2, pattern))
    for name, value in data.items():
        if name in ("strong", "weak", "phrases"):
            continue
        words = value.split() if isinstance(value, str) else value
        single = [w for w in words if " " not in w]
        a.sets[name] = (frozenset(fold(w) for w in single if not w.startswith("=")),
                        frozenset(fold(w[1:]) for w in single if w.startswith("=")))
        multi = [w for w in (value if isinstance(value, list) else []) if " " in w]
        if multi:
            a.phrase_sets[name] = cue_matcher(multi)
    return a


@lru_cache(maxsize=None)
def load(language: str) -> Lexicon:
    if language not in LANGUAGES:
        language = "en"
    mod = importlib.import_module(f"activities.safety.lexicon.{language}")
    terms = Matcher()
    entries: list[tuple[str, Term]] = []
    for category, block in mod.REWRITE.items():
        entries.extend(parse_rewrites(category, block))
    for category, patterns in mod.REJECT.items():
        for pattern in patterns:
            entries.append((pattern, Term(category, "reject", pattern, None, None, None, frozenset(),
                                          REJECT_SEVERITY[category], REASON_REJECTED[category])))
    single_forms: dict[str, Term] = {}
    for form, term in entries:
        slots = phrase_slots(form) if term.kind == "rewrite" else parse_pattern(form)
        terms.add(slots, term)
        if len(slots) == 1:
            for word in slots[0].exact:
                if len(word) >= 3:
                    single_forms.setdefault(word, term)
    allow = cue_matcher(mod.ALLOW)
    cues = {name: cue_matcher(specs) for name, specs in mod.CUES.items()}
    companionship = Matcher()
    for form, term in parse_rewrites("isolation", mod.COMPANIONSHIP):
        companionship.add(phrase_slots(form), term)
    soften = Matcher()
    for form, term in parse_rewrites("fear", mod.IMAGE["soften"]):
        soften.add(phrase_slots(form), term)
    return Lexicon(
        language=language,
        terms=terms,
        allow=allow,
        cues=cues,
        suffixes=tuple(sorted({fold(s) for s in mod.SUFFIXES}, key=len, reverse=True)),
        analysis=_analysis(mod.ANALYSIS, compound_heads=language == "de"),
        near_miss=frozenset(fold(w) for w in mod.NEAR_MISS),
        single_forms=single_forms,
        possessive_objects=frozenset(fold(w) for w in getattr(mod, "POSSESSIVE_OBJECTS", ())),
        companionship=companionship,
        soften=soften,
        child=cue_matcher(mod.IMAGE["child"]),
        companion_phrase=mod.IMAGE["companion_phrase"],
        injection=[re.compile(p, re.IGNORECASE | re.MULTILINE) for p in mod.INJECTION],
        entries=entries,
    )
