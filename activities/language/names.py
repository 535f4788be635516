"""Given names, from gender-guesser's dictionary of some 48,000 first names and how
common each is per country.

A capital says a word is a name only inside a sentence of a language that writes its
nouns small. German capitalises every noun, and every sentence starts with a capital:
there a word is a name when it is a given name of the countries whose names the
children in our stories carry.
"""

from __future__ import annotations

from functools import lru_cache

from gender_guesser.detector import Detector

# The five languages' countries and those of the families who live among them; the
# dictionary's other countries bring words that are common nouns here ("Hai", "Ding").
COUNTRIES = ("great_britain", "ireland", "usa", "italy", "spain", "france", "belgium", "swiss", "austria",
             "germany", "the_netherlands", "portugal", "poland", "turkey", "arabia")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every given name (as written, "Luis", "Aylin") common in one of COUNTRIES."""
    columns = [Detector.COUNTRIES.index(country) for country in COUNTRIES]
    by_name = Detector().names  # name → gender → one frequency character per country
    return frozenset(name for name, by_gender in by_name.items()
                     if any(len(counts) > c and counts[c] != " " for counts in by_gender.values() for c in columns))


def is_given_name(word: str) -> bool:
    return word in given_names()
