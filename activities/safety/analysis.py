"""Layer 2: an offline analyser that does not rely on exact word lists alone.

It scores each sentence per category from several kinds of evidence:

* **stems**: tokens are folded and lightly stemmed (one inflectional ending off, per
  language), so "murderers", "asesinó", "Mörder" reach their category prototypes;
  German compounds are matched by their head ("Massenmord");
* **disguise**: leetspeak ("k1ll", "$ex"), spaced or dotted letters ("s e x",
  "k.i.l.l"), masks ("f*ck") and stretched letters ("seeeex") are undone; a word
  that only shows up once undone is an attempt to slip past, and is rejected;
* **near spellings**: character trigrams find prototypes one typo away ("cocane",
  "murdr"), limited to typo-like edits (a vowel, a doubled letter, two letters
  swapped) so that "strange" is never "strangle";
* **co-occurrence**: a harm verb with a person ("make him bleed", "stab the boy",
  "he was killed"), blood with spread ("blood everywhere"), a self-harm verb with a
  reflexive and an intent, touch with private parts, a group with a dehumanising
  word, smoking with something smokable;
* **intensity** ("very", "brutally", "!!", shouting) raises a score, **negation**
  ("never hurt anyone", "nobody should touch") lowers it.

A category whose score reaches 1.0 in a sentence is a finding. What the analyser
finds is what the rules cannot rewrite, so its findings are rejections; weaker
signals are reported as concerns. The result has the shape of the seed's
``ContentAnalysis`` (``is_appropriate``, ``confidence``, ``concerns``,
``suggested_modifications``) plus the findings.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from activities.safety.ai_review import ContentAnalysis
from activities.safety.lexicon import Lexicon, load, trigrams
from activities.safety.rules import cue_spans, is_object, negated, protected_tokens
from activities.safety.text import Doc, fold, make_doc
from activities.safety.verdicts import (
    REASON_REJECTED,
    REJECT_SEVERITY,
    Finding,
    obfuscated_reason,
)

THRESHOLD = 1.0
CONCERN = 0.4
REJECT_CATEGORIES = ("graphic", "sexual", "self_harm", "drugs", "hate")

_ATOK = re.compile(r"[^\s,;:?¿¡\"“”«»()\[\]{}<>/\\]+")
_EDGE = ".!?'’‘-–—…*_~\"`´"
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
                       "@": "a", "$": "s", "!": "i", "|": "i", "+": "t", "€": "e"})
_LEET_CHARS = set("0134578@$!|+€")
_MASK_CHARS = set("*#")
_SEPARATED = re.compile(r"^(?:[^\W_]|[@$])(?:[.\-_·•'’~*](?:[^\W_]|[@$])){2,}$")
_RUN = re.compile(r"(.)\1{2,}")
_SHOUT = re.compile(r"\b[A-ZÄÖÜÉÈÀ]{4,}\b")
_VOWELS = set("aeiouy")

SUGGESTIONS = {
    "graphic": "Take out the harm and the injury; turn the danger into a puzzle the hero solves with friends.",
    "violence": "Replace the conflict with a friendly challenge or a game.",
    "sexual": "Remove adult content entirely; bedtime stories for 4-10 year olds have none.",
    "self_harm": "Remove self-harm entirely; if a child wrote this, a grown-up should gently check in.",
    "drugs": "Remove alcohol, tobacco and drugs; offer cocoa, juice or warm milk instead.",
    "hate": "Remove hateful words about people; show characters who are kind to everyone.",
    "inappropriate": "Use gentle, child-friendly words.",
    "fear": "Make the scary element mysterious or magical, and soften it with friends nearby.",
    "isolation": "Give the hero a companion or a helper.",
    "medical": "Turn illness or injury into a small magical ailment that friends help with.",
    "family": "Add a magical guardian or a caring grown-up.",
}


@dataclass(frozen=True)
class Analysis(ContentAnalysis):
    """The seed's ContentAnalysis from the offline analyser, plus the findings behind it."""

    findings: list[Finding] = field(default_factory=list)


# ---------------------------------------------------------------------- lookups


@lru_cache(maxsize=262144)
def candidates(language: str, word: str) -> tuple[str, ...]:
    """The word and the word less one inflectional ending (English: undoubled, too)."""
    lex = load(language)
    out = [word]
    for suffix in lex.suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            out.append(stem)
            if language == "en" and len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "lsz" + "aeiou":
                out.append(stem[:-1])
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=262144)
def lookup(language: str, word: str) -> tuple[tuple[str, float, str], ...]:
    """(category, weight, key) of every analyser prototype the word reaches."""
    lex = load(language)
    if word in lex.near_miss or len(word) < 2:
        return ()
    data = lex.analysis
    hits: dict[str, tuple[str, float, str]] = {}
    for category, weight, _ in data.exact.get(word, ()):
        hits[category] = max(hits.get(category, (category, 0.0, word)), (category, weight, word), key=lambda h: h[1])
    for cand in candidates(language, word):
        for category, weight, _ in data.stems.get(cand, ()):
            if weight > hits.get(category, ("", 0.0, ""))[1]:
                hits[category] = (category, weight, cand)
        if data.compound_heads and not hits:
            # German compounds: the head carries the meaning ("Massenmord", "Kindermörder").
            for k in range(3, len(cand) - 3):
                head = cand[k:]
                for category, weight, _ in data.stems.get(head, ()):
                    if weight >= 1.0 and head not in lex.near_miss:
                        hits.setdefault(category, (category, weight, head))
    return tuple(hits.values())


@lru_cache(maxsize=262144)
def roles(language: str, word: str) -> frozenset[str]:
    """Which co-occurrence sets (harm verbs, blood, groups, …) the word belongs to."""
    lex = load(language)
    if word in lex.near_miss:
        return frozenset()
    cands = candidates(language, word)
    return frozenset(name for name, (stems, exact) in lex.analysis.sets.items()
                     if word in exact or any(c in stems for c in cands))


def _typo_close(a: str, b: str, vowel_gaps: bool = True) -> bool:
    """One typo-like edit apart: a vowel changed, added or dropped, a letter doubled or
    undoubled, or two neighbours swapped; never at the first or last letter.

    ``vowel_gaps=False`` leaves out added or dropped vowels (Spanish "cocina" is one
    vowel away from "cocaína"), which only English keeps."""
    if a == b or a[0] != b[0] or a[-1] != b[-1]:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 1:
            return a[diff[0]] in _VOWELS and b[diff[0]] in _VOWELS
        if len(diff) == 2 and diff[1] == diff[0] + 1:
            k = diff[0]
            return a[k] == b[k + 1] and a[k + 1] == b[k]
        return False
    if abs(len(a) - len(b)) != 1:
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    for k in range(1, len(long) - 1):
        if long[:k] + long[k + 1 :] == short:
            c = long[k]
            return (vowel_gaps and c in _VOWELS) or c == long[k - 1] or c == long[k + 1]
    return False


@lru_cache(maxsize=65536)
def fuzzy_lookup(language: str, word: str) -> tuple[tuple[str, float, str], ...]:
    lex = load(language)
    data = lex.analysis
    if len(word) < 5 or word in lex.near_miss or word in lex.single_forms or not data.fuzzy_keys:
        return ()
    found: dict[str, tuple[str, float, str]] = {}
    for cand in candidates(language, word):
        if len(cand) < 5:
            continue
        counts = Counter(key for gram in trigrams(cand) for key in data.fuzzy_keys.get(gram, ()))
        for key, shared in counts.items():
            if shared >= 2 and _typo_close(cand, key, vowel_gaps=language == "en"):
                for category, weight, fuzzy in tuple(data.stems.get(key, ())) + tuple(data.exact.get(key, ())):
                    if fuzzy:
                        found.setdefault(category, (category, weight, key))
    return tuple(found.values())


# ------------------------------------------------------------------- disguises


def _leet(word: str) -> str:
    return "".join(c for c in word.translate(_LEET) if c.isalnum())


def _disguised_forms(core: str) -> list[tuple[str, str]]:
    """(word, how) for what a token may be hiding; empty for plain words."""
    f = fold(core)
    out: list[tuple[str, str]] = []
    has_alpha = any(c.isalpha() for c in f)
    if not has_alpha:
        return out
    if _SEPARATED.match(f):
        out.append((_leet(re.sub(r"[.\-_·•'’~*]", "", f)), "spaced"))
    elif any(c in _MASK_CHARS for c in f):
        out.append((f, "mask"))
    elif any(c in _LEET_CHARS for c in f):
        out.append((_leet(f), "leet"))
    if _RUN.search(f):
        base = _leet(f) if any(c in _LEET_CHARS for c in f) else f
        out.append((_RUN.sub(r"\1", base), "repeat"))
        out.append((_RUN.sub(r"\1\1", base), "repeat"))
    return out


@lru_cache(maxsize=None)
def _by_length(language: str) -> dict[int, list[str]]:
    lex = load(language)
    words = set(lex.single_forms) | set(lex.analysis.exact)
    for key, hits in lex.analysis.stems.items():
        if any(w >= 1.0 for _, w, _ in hits):
            words.add(key)
    out: dict[int, list[str]] = defaultdict(list)
    for w in words:
        out[len(w)].append(w)
    return out


def _unmask(language: str, masked: str) -> str | None:
    letters = [c for c in masked if c.isalpha() or c in _MASK_CHARS]
    if sum(c.isalpha() for c in letters) < 1 or len(letters) < 3:
        return None
    pattern = re.compile("".join("[a-z]" if c in _MASK_CHARS else re.escape(c) for c in letters))
    matches = [w for w in _by_length(language).get(len(letters), ()) if pattern.fullmatch(w)]
    return sorted(matches)[0] if matches else None


def _disguise_hits(lex: Lexicon, word: str, how: str) -> list[tuple[str, float, str]]:
    """Categories a disguised word reaches (analysis prototypes and rule-layer words)."""
    hits = [h for h in lookup(lex.language, word) if h[1] >= 0.45]
    term = lex.single_forms.get(word)
    if term is not None:
        category = "graphic" if term.kind == "reject" and term.category == "violence" else term.category
        hits.append((category, 1.0, word))
    if how == "repeat":  # stretched letters ("noooo", "dieee") are common in play: reject words only
        hits = [h for h in hits if h[0] in REJECT_CATEGORIES and h[1] >= 1.0]
    return hits


# ------------------------------------------------------------------- the analyser


@dataclass
class _Evidence:
    score: float = 0.0
    words: list[str] = field(default_factory=list)

    def add(self, weight: float, word: str) -> None:
        self.score += weight
        if word and word not in self.words:
            self.words.append(word)


def _finding(category: str, evidence: _Evidence) -> Finding:
    confidence = round(min(0.99, 1.0 - math.exp(-1.3 * evidence.score)), 2)
    original = " … ".join(evidence.words[:4])
    if category == "graphic":
        return Finding("violence", "critical", "rejected", original, None, confidence, REASON_REJECTED["violence"], "analysis")
    if category in REJECT_SEVERITY and category != "violence":
        return Finding(category, REJECT_SEVERITY[category], "rejected", original, None, confidence,
                       REASON_REJECTED[category], "analysis")
    return Finding(category, "high", "rejected", original, None, confidence, obfuscated_reason(category), "analysis")


def analyse(text: str, language: str = "en", doc: Doc | None = None) -> Analysis:
    """Score a text; see the module docstring."""
    lex = load(language)
    language = lex.language
    doc = doc or make_doc(text)
    text = doc.text
    words = doc.folded
    protected = protected_tokens(doc, lex)
    data = lex.analysis
    scores: dict[int, dict[str, _Evidence]] = defaultdict(lambda: defaultdict(_Evidence))
    disguised: dict[int, dict[str, _Evidence]] = defaultdict(lambda: defaultdict(_Evidence))
    role_at: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))

    def original(i: int, j: int | None = None) -> str:
        j = i if j is None else j
        return text[doc.tokens[i].start : doc.tokens[j].end]

    # 1. plain words: prototypes, near spellings and roles
    for i, word in enumerate(words):
        if protected[i]:
            continue
        sentence = doc.sentence_of(i)
        hits = lookup(language, word)
        if not hits and word not in lex.single_forms:
            hits = fuzzy_lookup(language, word)
        for category, weight, _key in hits:
            if category not in REJECT_CATEGORIES:
                continue  # rewritable categories are the rules' job when written plainly
            if category == "graphic" and negated(doc, lex, i):
                weight *= 0.25
            scores[sentence][category].add(weight, original(i))
        for role in roles(language, word):
            role_at[sentence][role].append(i)
    for name, matcher in data.phrase_sets.items():
        for s, _e, _ in matcher.positions(words):
            if not protected[s]:
                role_at[doc.sentence_of(s)][name].append(s)
    for s, e, (category, weight, _pattern) in data.phrases.positions(words):
        if any(protected[s:e]):
            continue
        scores[doc.sentence_of(s)][category].add(weight, original(s, e - 1))

    # 2. disguised words: tokens with symbols, stretched letters, spaced-out letters
    for m in _ATOK.finditer(text):
        raw = m.group()
        core = raw.strip(_EDGE)
        if not core or core.isalpha() and not _RUN.search(fold(core)):
            continue
        for form, how in _disguised_forms(core):
            if how == "mask":
                form = _unmask(language, form) or ""
            if not form or form == fold(core):
                continue
            for category, _weight, _key in _disguise_hits(lex, form, how):
                disguised[doc.sentence_at(m.start())][category].add(1.2, raw)
    i, n = 0, len(doc.tokens)
    while i < n:  # runs of single letters: "s e x", "k i l l"
        j = i
        while j < n and len(doc.tokens[j].text) == 1 and (
            j == i or (0 < doc.tokens[j].start - doc.tokens[j - 1].end <= 3 and "\n" not in text[doc.tokens[j - 1].end : doc.tokens[j].start])
        ):
            j += 1
        if j - i >= 3:
            joined = _leet("".join(t.text for t in doc.tokens[i:j]).lower())
            joined = fold(joined)
            for category, _weight, _key in _disguise_hits(lex, joined, "spaced"):
                disguised[doc.sentence_of(i)][category].add(1.2, original(i, j - 1))
            i = j
        else:
            i += 1

    # 3. co-occurrence, per sentence
    # Folded, the Spanish "él" is the article "el": an unaccented spelling that is also a
    # determiner is the article ("mata el gusanillo", "dispara el cañón"), not a person.
    determiners = {s for s, e in cue_spans(doc, lex, "determiner") if e == s + 1}
    targets = [(s, e) for s, e in cue_spans(doc, lex, "target")
               if not (e == s + 1 and s in determiners and doc.tokens[s].text.lower() == doc.folded[s])]
    subjects = cue_spans(doc, lex, "subject")
    people_at: dict[int, list[int]] = defaultdict(list)
    for s, _e in targets:
        people_at[doc.sentence_of(s)].append(s)
    subjects_at: dict[int, list[int]] = defaultdict(list)
    for s, _e in subjects:
        subjects_at[doc.sentence_of(s)].append(s)
    clitics_at: dict[int, list[int]] = defaultdict(list)
    for s, _e in cue_spans(doc, lex, "clitic"):
        clitics_at[doc.sentence_of(s)].append(s)
    mild: dict[int, _Evidence] = defaultdict(_Evidence)
    verb_final = language == "de"
    for sentence, r in role_at.items():
        people = people_at.get(sentence, [])
        subs = people + subjects_at.get(sentence, [])
        aux = set(r.get("aux", []))
        clitics = clitics_at.get(sentence, [])

        def near_person(i: int) -> int | None:
            for p in clitics:  # Romance object pronouns come before the verb ("lo mató", "l'a tué")
                if p == i - 1 or (p == i - 2 and i - 1 in aux):
                    return p
            for p in people:
                if i < p <= i + 3 and is_object(doc, lex, p):
                    return p
            for p in subs:
                if i - 3 <= p < i and any(p - 1 <= a < i for a in aux):
                    return p
            if verb_final:  # German puts the object before the verb ("wollte das Kind töten")
                for p in people:
                    if i - 4 <= p < i:
                        return p
            return None

        for i in r.get("harm_target", []):  # a harm verb carrying its object ("matarlo", "ucciderla")
            scores[sentence]["graphic"].add(1.3 * (0.2 if negated(doc, lex, i) else 1.0), original(i))
        for i in r.get("harm_severe", []):
            p = near_person(i)
            if p is not None:
                weight = 1.3 * (0.2 if negated(doc, lex, i) else 1.0)
                scores[sentence]["graphic"].add(weight, original(min(i, p), max(i, p)))
                if r.get("weapon"):
                    scores[sentence]["graphic"].add(0.3, original(r["weapon"][0]))
        for i in r.get("harm_mild", []):
            p = near_person(i)
            if p is not None and not negated(doc, lex, i):
                mild[sentence].add(0.6, original(min(i, p), max(i, p)))
        if r.get("blood") and r.get("spread"):
            scores[sentence]["graphic"].add(1.3, original(r["blood"][0]) + " … " + original(r["spread"][0]))
        for i in r.get("self_severe", []):
            if any(i < k <= i + 3 for k in r.get("reflexive", [])) and not negated(doc, lex, i):
                scores[sentence]["self_harm"].add(1.5, original(i, min(i + 3, n - 1)))
        if r.get("intent"):
            for i in r.get("self_mild", []):
                if any(i < k <= i + 3 for k in r.get("reflexive", [])) and not negated(doc, lex, i):
                    scores[sentence]["self_harm"].add(1.3, original(i, min(i + 3, n - 1)))
        if r.get("smoke") and r.get("smokable"):
            scores[sentence]["drugs"].add(1.2, original(r["smoke"][0]) + " … " + original(r["smokable"][0]))
        if r.get("drink") and scores[sentence].get("drugs"):
            scores[sentence]["drugs"].add(0.3, original(r["drink"][0]))
        for i in r.get("touch", []):
            if any(abs(k - i) <= 4 for k in r.get("private", [])):
                weight = 1.2 * (0.3 if negated(doc, lex, i) else 1.0)
                scores[sentence]["sexual"].add(weight, original(i))
        if r.get("secret") and (r.get("touch") or r.get("private")) and people:
            scores[sentence]["sexual"].add(0.8, original(r["secret"][0]))
        if r.get("groups") and (r.get("dehuman") or r.get("hate_verbs")):
            scores[sentence]["hate"].add(1.3, original(r["groups"][0]))
        sentence_text = text[doc.sentence_starts[sentence] : doc.sentence_starts[sentence + 1]] if sentence + 1 < len(doc.sentence_starts) else text[doc.sentence_starts[sentence]:]
        if r.get("intensity") or "!!" in sentence_text or _SHOUT.search(sentence_text):
            for category in ("graphic", "self_harm", "hate"):
                if category in scores[sentence]:
                    scores[sentence][category].score *= 1.25
            if sentence in mild:
                mild[sentence].score *= 1.25

    # 4. verdicts per sentence
    findings: list[Finding] = []
    concerns: list[str] = []
    suggestions: list[str] = []
    for sentence in sorted(set(scores) | set(disguised) | set(mild)):
        for category, evidence in disguised.get(sentence, {}).items():
            findings.append(_finding(category, evidence))
            concerns.append(f"{category}: disguised word '{evidence.words[0]}'")
            suggestions.append(SUGGESTIONS.get(category, SUGGESTIONS["inappropriate"]))
        for category, evidence in scores.get(sentence, {}).items():
            if evidence.score >= THRESHOLD:
                if category in disguised.get(sentence, {}):
                    continue
                findings.append(_finding(category, evidence))
                concerns.append(f"{category}: '{' … '.join(evidence.words[:3])}'")
                suggestions.append(SUGGESTIONS[category])
            elif evidence.score >= CONCERN:
                concerns.append(f"possible {category}: '{' … '.join(evidence.words[:3])}'")
        if sentence in mild and mild[sentence].score >= CONCERN:
            evidence = mild[sentence]
            concerns.append(f"violence: '{' … '.join(evidence.words[:3])}'")
            suggestions.append(SUGGESTIONS["violence"])
    suggestions = list(dict.fromkeys(suggestions))
    if findings:
        confidence = max(f.confidence for f in findings)
    else:
        top = max((e.score for per in scores.values() for e in per.values()), default=0.0)
        confidence = round(max(0.5, 0.95 - 0.45 * min(top, 1.0)), 2)
    return Analysis(not findings, confidence, concerns, suggestions, findings=findings)
