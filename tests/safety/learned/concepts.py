"""Which English concepts each word of the five languages stands for, read from
FreeDict's bilingual dictionaries (Debian's dict-freedict-deu-eng, -fra-eng, -spa-eng,
-ita-eng, and -eng-fra, -eng-spa, -eng-ita read backwards; dictd format, /usr/share/dictd).

Training only: the learned reader gets the part of this map whose concepts carry
weight, stored with its model. A German word that no German example used ("erdolchen")
then still counts for what English examples taught about "stab".

Headwords and translations are lemmatised with the same simplemma lemmas the features
use, each word keeps only its best few translations (rarer senses are noise: German
"schlagen" is also "whisk" and "chime"), and function words have no concepts.
"""

from __future__ import annotations

import base64
import gzip
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import marisa_trie
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from activities.language.lemmas import TOKEN, lemma
from activities.safety.learned.features import Concepts

DICTIONARIES = Path("/usr/share/dictd")
SOURCES = {"de": "freedict-deu-eng", "fr": "freedict-fra-eng", "es": "freedict-spa-eng", "it": "freedict-ita-eng"}
# English-to-language dictionaries, read backwards: they know words the others lack
# (Spanish "droga", French "poignarder").
REVERSE_SOURCES = {"fr": "freedict-eng-fra", "es": "freedict-eng-spa", "it": "freedict-eng-ita"}
TRANSLATIONS_PER_WORD = 3
# A phrase's content words ("run across", "stab to death") weigh less than a one-word translation.
PHRASE_WEIGHT = 0.25
_BASE64 = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}
# Placeholders of the German dictionary's phrases ("beat sth.", "knock at/on/against st.").
_PLACEHOLDERS = {"sth", "sb", "st", "so", "sbd", "one", "oneself", "someone", "something"}
_BRACKETS = re.compile(r"\[[^\]]*\]|\([^)]*\)|<[^>]*>|\{[^}]*\}")
_SENSE_NUMBER = re.compile(r"^\d+\.\s*")


def _number(encoded: str) -> int:
    value = 0
    for char in encoded:
        value = value * 64 + _BASE64[char]
    return value


def dictd_entries(name: str, directory: Path = DICTIONARIES) -> list[tuple[str, list[str]]]:
    """Each entry of one dictd dictionary as its headword and its translations in the
    order the entry gives them."""
    if not (directory / f"{name}.index").exists():
        raise SystemExit(f"training reads Debian's FreeDict dictionaries: apt-get install dict-{name}"
                         f" (or --translations 0 to train without concepts)")
    text = gzip.open(directory / f"{name}.dict.dz").read()
    entries = []
    seen: set[tuple[int, int]] = set()
    for line in (directory / f"{name}.index").read_text(encoding="utf-8").splitlines():
        word, offset, length = line.split("\t")[:3]
        if word.startswith(("00-database", "00database")):
            continue
        span = (_number(offset), _number(length))
        if span in seen:
            continue
        seen.add(span)
        body = text[span[0] : span[0] + span[1]].decode("utf-8").splitlines()
        if len(body) < 2:
            continue
        headword = body[0].split(" /", 1)[0].split(" <", 1)[0].strip()
        translations = []
        for sense in body[1:]:
            # Notes, examples, synonyms and cross-references are indented or quoted;
            # the senses themselves are not (bar a leading domain tag such as " [sport]").
            stripped = _BRACKETS.sub(" ", sense).strip()
            if not stripped or sense.startswith("   ") or stripped.startswith(("\"", "Note:", "see:", "Synonym")):
                continue
            translations += [part.strip() for part in _SENSE_NUMBER.sub("", stripped).split(",") if part.strip()]
        entries.append((headword, translations))
    return entries


def english_words(translation: str) -> list[str]:
    """The words of one English translation, as simplemma lemmas, placeholders left out."""
    words = [word for word in TOKEN.findall(translation.replace("\u2010", "-")) if word.lower() not in _PLACEHOLDERS]
    return [lemma(word, "en") for word in words]


def concept_map(translations_per_word: int = TRANSLATIONS_PER_WORD, reverse: bool = True) -> dict[str, tuple[str, ...]]:
    """"language:lemma" → the English lemmas it translates to, for the four languages
    the dictionaries cover. English words stand for themselves (see `concepts_of`).

    A German headword has many entries in no order of frequency, and the others list
    a sense's translations alphabetically: a word's translations are ranked by how many
    of its entries give them (a phrase's words count a quarter), then by how many words
    of all four languages translate to them ("kill" before "liquidate"). Function words
    have no concept, and neither does a word first translated by one."""
    counted: dict[str, Counter] = {}

    def add(key: str, concepts: list[tuple[str, float]]) -> None:
        found = counted.setdefault(key, Counter())
        best: dict[str, float] = {}
        for concept, weight in concepts:
            best[concept] = max(best.get(concept, 0.0), weight)
        found.update(best)

    for language, name in SOURCES.items():
        for headword, translations in dictd_entries(name):
            tokens = TOKEN.findall(headword)
            if len(tokens) != 1:
                continue
            concepts = []
            for translation in translations:
                content = english_words(translation)
                concepts += [(concept, 1.0 if len(content) == 1 else PHRASE_WEIGHT) for concept in content]
            add(f"{language}:{lemma(tokens[0], language)}", concepts)
        if reverse and language in REVERSE_SOURCES:
            for headword, translations in dictd_entries(REVERSE_SOURCES[language]):
                content = english_words(headword)
                if len(content) != 1:
                    continue
                for translation in translations:
                    tokens = TOKEN.findall(translation)
                    if len(tokens) == 1:
                        add(f"{language}:{lemma(tokens[0], language)}", [(content[0], 1.0)])
    popularity = Counter(concept for found in counted.values() for concept in found)
    mapping = {}
    for key, found in counted.items():
        ranked = sorted(found, key=lambda c: (-found[c], -popularity[c], c))
        # A word whose first translation is an English function word is one itself
        # (German "das" is "the" before it is anything else): it has no concept.
        # (A phrase's "of" or "to" does not make one.)
        if ranked and (is_english_content_word(ranked[0]) or found[ranked[0]] < 1):
            mapping[key] = tuple(c for c in ranked if is_english_content_word(c))[:translations_per_word]
    return mapping


def is_english_content_word(word: str) -> bool:
    return word not in ENGLISH_STOP_WORDS and len(word) > 1 and not word.isdigit()


def concepts_of(mapping: dict[str, tuple[str, ...]]) -> Concepts:
    """The lookup the features use in training: the dictionaries' map, and every
    English content word as its own concept; None for a word with no meaning there
    (a function word, a name, a word the dictionaries lack)."""

    def lookup(key: str) -> tuple[str, ...] | None:
        found = mapping.get(key)
        if found is None and key.startswith("en:") and is_english_content_word(key[3:]):
            return (key[3:],)
        return found

    return lookup


def stored_concepts(mapping: dict[str, tuple[str, ...]], features: Iterable[str]) -> dict:
    """What the reader needs of the dictionaries, for the model file: each word's
    concepts that some stored feature names, and every other word the dictionaries
    know with none (so the reader skips between neighbours exactly the words training
    skipped), as a MARISA trie ("language:lemma" → "concept|concept"); and the English
    function words, which have no meaning of their own."""
    named = set()
    for feature in features:
        kind, _, rest = feature.partition(":")
        if kind == "c":
            named.add(rest)
        elif kind == "d":
            named.update(rest.split(" "))
    entries = [(key, "|".join(c for c in found if c in named).encode()) for key, found in mapping.items()]
    entries += [(f"en:{concept}", concept.encode()) for concept in sorted(named)]
    trie = marisa_trie.BytesTrie(entries)
    return {"concepts": base64.b64encode(trie.tobytes()).decode("ascii"),
            "english_function_words": sorted(ENGLISH_STOP_WORDS)}
