"""Words of a text with their lemmas (simplemma), folded for matching.

Matching on lemmas means a rule written once as "shoot" also finds "shoots", "shot"
and "shooting", and "erschießen" finds "erschießt": inflections are the lemmatizer's
job, not a hand-written list's. Folding (lower case, no accents, ß → ss) is applied to
both the surface form and the lemma, so patterns never depend on accents.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries.trie_dictionary_factory import (
    TrieDictionaryFactory,
)
from simplemma.utils import normalize_token

from contracts.vocabulary import LANGUAGES

# simplemma's dictionaries as MARISA tries, built once per language into the user's
# cache folder and memory-mapped after: a worker holds about a tenth of what the five
# dictionaries take as Python dicts, and every worker process maps the same files.
_DICTIONARIES = TrieDictionaryFactory()
_LEMMATIZER = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_DICTIONARIES))
_LOOKUP = DictionaryLookupStrategy(_DICTIONARIES)


def _in_dictionary(token: str, language: str) -> bool:
    return _LOOKUP.get_lemma(normalize_token(token), language) is not None


def _is_german_word(token: str) -> bool:
    return _in_dictionary(token, "de")

TOKEN = re.compile(r"[^\W_]+")
_SPECIAL = str.maketrans({"ß": "ss", "œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "ſ": "s"})


@lru_cache(maxsize=131072)
def fold(word: str) -> str:
    """Lower case without accents."""
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    lowered = unicodedata.normalize("NFKD", lowered.translate(_SPECIAL))
    return "".join(c for c in lowered if not unicodedata.combining(c))


@lru_cache(maxsize=262144)
def lemma(word: str, language: str) -> str:
    """The folded lemma of one word in `language` (the folded word itself when unknown).

    German nouns are looked up as written (capitalised), since simplemma's German
    dictionary is case-sensitive ("Igel" is a hedgehog, "igel" is not a word)."""
    if language not in LANGUAGES:
        return fold(word)
    found = _LEMMATIZER.lemmatize(word, lang=language)
    if language == "de" and fold(found) == fold(word) and word[:1].islower():
        found = _LEMMATIZER.lemmatize(word[:1].upper() + word[1:], lang=language)
    return fold(found)


@lru_cache(maxsize=262144)
def dictionary_form(word: str, language: str) -> str:
    """The lemma of one word in lower case with its accents, as the dictionary spells it
    ("pilotó" → "pilotar", "Äpfel" → "apfel"): where folding would make two words one
    ("même" and "mémé", "marche" and "marché"), this still tells them apart."""
    if language not in LANGUAGES:
        return word.lower()
    found = _LEMMATIZER.lemmatize(word, lang=language)
    if language == "de" and found.lower() == word.lower() and word[:1].islower():
        found = _LEMMATIZER.lemmatize(word[:1].upper() + word[1:], lang=language)
    return found.lower()


def is_written_small(word: str, language: str) -> bool:
    """Whether the language's dictionary knows the word in small letters: a word of
    the language ("Then", "El", "Alle"), not a name ("Freddie", "Finn")."""
    return _in_dictionary(word.lower(), language)


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    folded: str
    lemma: str


def words(text: str, language: str) -> list[Word]:
    """Every word of `text` with its position, folded form and folded lemma."""
    return [
        Word(m.start(), m.end(), m.group(), fold(m.group()), lemma(m.group(), language))
        for m in TOKEN.finditer(text or "")
    ]


def is_german_compound_of(word: str, tail: str, min_head: int = 3) -> bool:
    """Whether a German word is a compound ending in `tail` (folded) whose first part
    is a word of its own: "Ententeich" is a Teich, "Küchenmesser" a Messer; "Sturm" is
    no Turm and "schauten" no "Häuten"."""
    folded = fold(word)
    if not folded.endswith(tail) or len(folded) - len(tail) < min_head:
        return False
    head = word[: len(word) - len(tail)].rstrip("-")
    return _is_german_word(head[:1].upper() + head[1:]) or _is_german_word(head)
