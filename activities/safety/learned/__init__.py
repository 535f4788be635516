"""The learned reader: a linear model over lemmas and word pieces, for harm told in
words no rule was written for.

The rules and the meaning reader know the families of harm their writers thought of;
euphemism and implied harm have a long tail ("makes grandpa go to sleep forever with
the pills") that lists do not reach. This model was trained (tests/safety/learned) on
the tuning sets only, by multinomial logistic regression, and is stored as its
weights: reading a text is a sum of a few hundred numbers, with no machine-learning
library at run time. It only ever adds refusals to what the other readers say.

Besides words, it reads their meaning: each word's English translations from bilingual
dictionaries (features.py), so harm taught in one language is recognised in another.
"""

from __future__ import annotations

import base64
import gzip
from array import array
import json
import math
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import marisa_trie

from activities.safety.learned.features import text_features

MODEL_PATH = Path(__file__).with_name("model.json.gz")
HARMLESS = "harmless"


@dataclass(frozen=True)
class LearnedModel:
    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    # Each feature's row of weights, one per class, as integers of 1/scale, packed in
    # one array at the row the trie numbers the feature with: a trie of a hundred
    # thousand names takes a few megabytes where a dict of strings takes tens.
    rows: marisa_trie.Trie
    weights: array
    scale: int
    # Refuse when the chance of harmless falls below this; a public event's is stricter.
    threshold: float
    public_threshold: float
    # "language:lemma" → "concept|concept" for the words the dictionaries know (empty
    # where none of a word's concepts weighs), as a trie: a few hundred thousand words
    # in about a megabyte. English words stand for themselves, bar function words.
    meanings: marisa_trie.BytesTrie
    english_function_words: frozenset[str]

    def concepts(self, key: str) -> tuple[str, ...] | None:
        """What a word means, as training's dictionaries said (see features.Concepts),
        less the concepts no stored feature names."""
        found = self.meanings.get(key)
        if found:
            return tuple(found[0].decode().split("|")) if found[0] else ()
        if key.startswith("en:"):
            word = key[3:]
            return None if word in self.english_function_words or len(word) < 2 or word.isdigit() else ()
        return None

    def _row(self, feature: str) -> array | None:
        row = self.rows.get(feature)
        if row is None:
            return None
        width = len(self.classes)
        return self.weights[row * width : (row + 1) * width]

    def probabilities(self, features: list[str]) -> dict[str, float]:
        sums = [0] * len(self.classes)
        for feature in features:
            row = self._row(feature)
            if row is not None:
                for index, weight in enumerate(row):
                    sums[index] += weight
        scores = [intercept + total / self.scale for intercept, total in zip(self.intercepts, sums)]
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return {name: value / total for name, value in zip(self.classes, exps)}

    def evidence(self, features: list[str], category: str, count: int = 3) -> list[str]:
        """The words that weigh most towards `category`, for operators to read: lemmas
        of four letters or more first (short function words weigh, but tell nothing),
        then lemma pairs and word pieces."""
        index = self.classes.index(category)
        weighed = ((self._row(feature), feature) for feature in features)
        ranked = sorted(((row[index], feature) for row, feature in weighed if row is not None), reverse=True)
        telling = [f for weight, f in ranked if weight > 0 and f.startswith("l:") and len(f) >= 6]
        others = [f for weight, f in ranked if weight > 0 and f not in telling]
        return [feature.split(":", 1)[1] for feature in (telling + others)[:count]]


@dataclass(frozen=True)
class LearnedReading:
    harmless: float
    category: str  # the likeliest harmful category
    evidence: list[str]

    def harmful(self, public: bool = False) -> bool:
        model = learned_model()
        return self.harmless < (model.public_threshold if public else model.threshold)


@lru_cache(maxsize=1)
def learned_model() -> LearnedModel:
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as stored:
        data = json.load(stored)
    weights = array("h", base64.b64decode(data["weights"]))
    if sys.byteorder != "little":
        weights.byteswap()
    return LearnedModel(
        classes=tuple(data["classes"]),
        intercepts=tuple(data["intercepts"]),
        rows=marisa_trie.Trie().frombytes(base64.b64decode(data["features"])),
        weights=weights,
        scale=data["scale"],
        threshold=data["threshold"],
        public_threshold=data["public_threshold"],
        meanings=marisa_trie.BytesTrie().frombytes(base64.b64decode(data["concepts"])),
        english_function_words=frozenset(data["english_function_words"]),
    )


def read_learned(text: str, languages: tuple[str, ...]) -> LearnedReading:
    model = learned_model()
    features = text_features(text, languages, model.concepts)
    chances = model.probabilities(features)
    category = max((name for name in model.classes if name != HARMLESS), key=chances.__getitem__)
    return LearnedReading(chances[HARMLESS], category, model.evidence(features, category))
