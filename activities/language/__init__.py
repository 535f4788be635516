"""What a text is written in and what its words are: language identification (lingua)
and lemmas (simplemma), for the five story languages. Pure and offline; both models
are loaded once per process, on first use."""

from activities.language.identify import identify_language, language_and_confidence
from activities.language.lemmas import Word, lemma, words

__all__ = ["Word", "identify_language", "language_and_confidence", "lemma", "words"]
