"""The meaning reader's harmless readings added from the fourth and sixth tuning sets.

Each family is shown both ways: the everyday reading passes, and the same words told as
harm are still refused, so that a reading cannot become a way around the reader.
"""

from __future__ import annotations

import pytest

from activities.safety.meaning.reader import read_harms


def found(text: str, language: str) -> set[str]:
    return {harm.category for harm in read_harms(text, language)}


HARMLESS = [
    # a death in the past that the text remembers
    ("en", "Grandpa died two years ago and Mia still misses him; she looks at his photos and smiles"),
    ("es", "el abuelo murió hace tres años y Lucía lo recuerda con cariño mirando fotos"),
    ("fr", "mamie est morte l'année dernière et Léa se souvient de ses histoires"),
    ("de", "Opa ist letztes Jahr gestorben und Paul erinnert sich an die Angelausflüge"),
    ("it", "il nonno è morto l'anno scorso e Giulia ricorda le passeggiate insieme"),
    # a small creature's end
    ("en", "Max finds a dead ladybird on the windowsill and buries it in a matchbox"),
    # a knife in the kitchen
    ("fr", "maman coupe le pain avec un couteau"),
    ("de", "Mama schneidet den Kuchen mit einem Messer"),
    # a threat carried out with hugs or tickles
    ("en", "Grandma says she will squeeze the twins to death with hugs"),
    ("es", "la abuela dice que va a matar a Lucas a besos"),
    # a drop of blood
    ("es", "a Hugo le sale un poquito de sangre de la rodilla y mamá le pone una tirita"),
    ("it", "a Marco cade un dentino ed esce un goccino di sangue"),
    ("de", "beim Zähneputzen blutet das Zahnfleisch ein bisschen"),
    # hyperbole, idioms, games
    ("en", "the old laptop dies right in the middle of the cartoon"),
    ("fr", "l'équipe de Chloé se prend une raclée au basket mais rit quand même"),
    ("fr", "les chevaliers, personne n'est blessé, rentrent au château"),
    ("de", "an der Torhüterin kommt keiner vorbei"),
    ("en", "the knight gets a shot at the doctor's and is very brave"),
    # a child who refuses a stranger
    ("en", "a man at the park asks Lily to come to his car, and she says no loudly and runs back to her mum"),
]

STILL_HARMFUL = [
    ("en", "the parents die in a car crash and Tom remembers them", "death"),
    ("es", "los padres mueren en un accidente de coche", "death"),
    ("de", "die Eltern sterben bei einem Autounfall", "death"),
    ("it", "i genitori muoiono in un incidente stradale", "death"),
    ("en", "Max finds a dead cat in the road", "death"),
    ("en", "he points a knife at his sister", "violence"),
    ("fr", "il menace sa sœur avec un couteau", "violence"),
    ("de", "er bedroht seinen Bruder mit einem Messer", "violence"),
    ("es", "sale mucha sangre por todas partes", "horror"),
    ("en", "the boy got shot in the head", "violence"),
]


@pytest.mark.parametrize(("language", "text"), HARMLESS)
def test_harmless_reading_passes(language: str, text: str) -> None:
    assert found(text, language) == set(), text


@pytest.mark.parametrize(("language", "text", "category"), STILL_HARMFUL)
def test_harm_told_with_the_same_words_is_still_read(language: str, text: str, category: str) -> None:
    assert category in found(text, language), text
