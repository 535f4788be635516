"""Which of the five story languages a short text is written in (lingua, restricted to
our five, so a hero's three-word ability is not taken for Latin)."""

from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

_OURS = {
    Language.ENGLISH: "en", Language.SPANISH: "es", Language.FRENCH: "fr",
    Language.GERMAN: "de", Language.ITALIAN: "it",
}
# Below this confidence a short text (a name, "Luna") has no language of its own.
MIN_CONFIDENCE = 0.5
# From this confidence a text is read in its language alone: its words are not looked
# up in the other four ("sang" in a French sentence is blood, never "sing").
CLEARLY_WRITTEN_IN = 0.6


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_OURS).with_preloaded_language_models().build()


@lru_cache(maxsize=4096)
def language_and_confidence(text: str) -> tuple[str | None, float]:
    """The likeliest of our five languages for `text`, and lingua's confidence in it."""
    if not text or not any(c.isalpha() for c in text):
        return None, 0.0
    ranked = _detector().compute_language_confidence_values(text)
    if not ranked:
        return None, 0.0
    return _OURS[ranked[0].language], ranked[0].value


def identify_language(text: str, min_confidence: float = MIN_CONFIDENCE) -> str | None:
    """The story language `text` is written in, or None when lingua is not confident."""
    language, confidence = language_and_confidence(text)
    return language if confidence >= min_confidence else None


def clearly_written_in(text: str) -> str | None:
    """The language `text` is plainly written in, or None when lingua hesitates."""
    language, confidence = language_and_confidence(text)
    return language if confidence >= CLEARLY_WRITTEN_IN else None
