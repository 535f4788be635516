"""What a text is written in and what its words are: language identification (lingua),
lemmas (simplemma) and given names (gender-guesser), for the five story languages. Pure
and offline; each is loaded once per process, on first use."""

from activities.language.identify import clearly_written_in, identify_language, language_and_confidence
from activities.language.lemmas import Word, lemma, words
from activities.language.names import given_names, is_given_name

__all__ = ["Word", "clearly_written_in", "identify_language", "is_given_name", "language_and_confidence", "lemma", "warm_up", "words"]


def warm_up() -> None:
    """Loads the five dictionaries and the language models now (about 5 s), when a
    worker starts, rather than inside the first parent's request."""
    for language in ("en", "es", "fr", "de", "it"):
        lemma("warm", language)
    language_and_confidence("a warm start")
    given_names()
