"""COMPANIONS: the schema of every entry, and plural or inflected forms found on lemmas."""

from __future__ import annotations

import re

import pytest

from activities.language.lemmas import LANGUAGES, fold, words
from activities.providers.offline.vocabulary.companions import COMPANIONS

KINDS = {"animal", "creature", "person"}
NOUN_KEYS = ("match", "def", "indef", "def_pl")
GERMAN_KEYS = ("acc", "dat", "dat_pl")


def found(text: str, language: str) -> set[str]:
    """Companion ids named in `text`: a word matches when its folded form or folded
    lemma equals the folded match word; a several-word match needs its words in order,
    at most three words apart."""
    tokens = words(text, language)
    ids: set[str] = set()
    for concept, entry in COMPANIONS.items():
        for match in entry[language]["match"]:
            parts = [fold(part) for part in match.split()]
            for start, token in enumerate(tokens):
                if parts[0] not in (token.folded, token.lemma):
                    continue
                position, ok = start, True
                for part in parts[1:]:
                    window = range(position + 1, min(len(tokens), position + 5))
                    position = next((k for k in window if part in (tokens[k].folded, tokens[k].lemma)), -1)
                    if position < 0:
                        ok = False
                        break
                if ok:
                    ids.add(concept)
                    break
    return ids


def test_there_are_enough_companions_of_every_kind():
    assert len(COMPANIONS) >= 160
    kinds = [entry["kind"] for entry in COMPANIONS.values()]
    assert set(kinds) == KINDS
    assert kinds.count("animal") >= 80 and kinds.count("creature") >= 15 and kinds.count("person") >= 35


@pytest.mark.parametrize("concept", sorted(COMPANIONS))
def test_entry_shape(concept):
    entry = COMPANIONS[concept]
    assert re.fullmatch(r"[a-z]+(_[a-z]+)*", concept)
    assert set(entry) == {"draw", "kind", *LANGUAGES}
    assert isinstance(entry["draw"], str) and entry["draw"].strip()
    assert entry["kind"] in KINDS
    for language in LANGUAGES:
        block = entry[language]
        required = set(NOUN_KEYS)
        if language != "en":
            required.add("g")
        if language == "de":
            required.update(GERMAN_KEYS)
        assert set(block) == required, (concept, language)
        assert isinstance(block["match"], list) and block["match"], (concept, language)
        for key in required - {"match"}:
            assert isinstance(block[key], str) and block[key].strip() == block[key] and block[key], (concept, language, key)
        if language != "en":
            assert block["g"] in {"m", "f", "n"}, (concept, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_match_words_are_lower_case_dictionary_words(language):
    for concept, entry in COMPANIONS.items():
        for match in entry[language]["match"]:
            assert isinstance(match, str) and match, (concept, match)
            assert match == match.lower(), (concept, match)
            assert match == " ".join(match.split()), (concept, match)
            assert all(part.isalpha() for part in match.split()), (concept, match)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_match_word_names_two_companions(language):
    owner: dict[str, str] = {}
    for concept, entry in COMPANIONS.items():
        for match in entry[language]["match"]:
            key = " ".join(fold(part) for part in match.split())
            assert owner.setdefault(key, concept) == concept, (language, match, owner[key], concept)


def test_german_articles_follow_the_gender():
    nominative = {"m": ("der ", "ein "), "f": ("die ", "eine "), "n": ("das ", "ein ")}
    accusative = {"m": "den ", "f": "die ", "n": "das "}
    dative = {"m": "dem ", "f": "der ", "n": "dem "}
    for concept, entry in COMPANIONS.items():
        de = entry["de"]
        the, a = nominative[de["g"]]
        assert de["def"].startswith(the) and de["indef"].startswith(a), concept
        assert de["acc"].startswith(accusative[de["g"]]) and de["dat"].startswith(dative[de["g"]]), concept
        assert de["def_pl"].startswith("die ") and de["dat_pl"].startswith("den "), concept


def test_weak_german_nouns_keep_their_n():
    for concept, acc in {"bear": "den Bären", "rabbit": "den Hasen", "lion": "den Löwen", "monkey": "den Affen",
                         "elephant": "den Elefanten", "dragon": "den Drachen", "giant": "den Riesen",
                         "prince": "den Prinzen", "pirate": "den Piraten", "neighbour": "den Nachbarn"}.items():
        assert COMPANIONS[concept]["de"]["acc"] == acc
        assert COMPANIONS[concept]["de"]["dat"] == "dem" + acc[3:]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_written_form_is_recognised_again(language):
    """What the story writes (def, indef, def_pl and the German cases) reads back as
    the same companion, so a parent's plural or inflected word is understood too."""
    keys = NOUN_KEYS[1:] + (GERMAN_KEYS if language == "de" else ())
    for concept, entry in COMPANIONS.items():
        for key in keys:
            assert concept in found(entry[language][key], language), (concept, language, key, entry[language][key])


SAMPLES = {
    "en": [
        ("We saw three hedgehogs in the garden.", {"hedgehog"}),
        ("The geese flew over the pond.", {"goose"}),
        ("Two little mice shared a biscuit.", {"mouse"}),
        ("The wolves howled softly at the moon.", {"wolf"}),
        ("She read a book about elves and fairies.", {"elf", "fairy"}),
        ("The puppies were playing with the kittens.", {"puppy", "kitten"}),
        ("Fireflies glowed above the grass.", {"firefly"}),
        ("Grandma baked cookies for the firefighters.", {"grandma", "firefighter"}),
        ("Dolphins and whales swam side by side.", {"dolphin", "whale"}),
        ("The princesses danced with the knights.", {"princess", "knight"}),
        ("Butterflies and ladybirds filled the meadow.", {"butterfly", "ladybug"}),
        ("The dwarves sang songs with the pirates.", {"dwarf", "pirate"}),
        ("Deep in the wood stood a talking tree.", {"talking_tree"}),
    ],
    "es": [
        ("Vimos tres erizos en el jardín.", {"hedgehog"}),
        ("Los patitos nadan con las ocas.", {"duckling", "goose"}),
        ("Las luciérnagas brillan en la noche.", {"firefly"}),
        ("Dos ratones jugaban con unos gatitos.", {"mouse", "kitten"}),
        ("Los dragones y las hadas son amigos.", {"dragon", "fairy", "friend"}),
        ("Mi abuela visitó a los bomberos.", {"grandma", "firefighter"}),
        ("Las mariposas y las mariquitas vuelan.", {"butterfly", "ladybug"}),
        ("Los delfines saltan junto a las ballenas.", {"dolphin", "whale"}),
        ("Los leones miraban a los tiburones.", {"lion", "shark"}),
        ("Las princesas hablaron con los reyes.", {"princess", "king"}),
        ("Oímos a los pájaros carpinteros.", {"woodpecker"}),
        ("En el bosque había un árbol que habla.", {"talking_tree"}),
        ("Las brujas y los magos hacen magia.", {"witch", "wizard"}),
    ],
    "fr": [
        ("Nous avons vu des hérissons dans le jardin.", {"hedgehog"}),
        ("Les chevaux et les agneaux dorment.", {"horse", "lamb"}),
        ("Les hiboux chantent la nuit.", {"owl"}),
        ("Trois souris jouent avec des chatons.", {"mouse", "kitten"}),
        ("Les fées et les elfes dansent.", {"fairy", "elf"}),
        ("Ma grand-mère a rendu visite aux pompiers.", {"grandma", "firefighter"}),
        ("Les papillons et les coccinelles volent.", {"butterfly", "ladybug"}),
        ("Les dauphins nagent avec les baleines.", {"dolphin", "whale"}),
        ("Les écureuils et les renards se cachent.", {"squirrel", "fox"}),
        ("Les princesses saluent les chevaliers.", {"princess", "knight"}),
        ("Les chauves-souris dorment dans la grotte.", {"bat"}),
        ("Dans la forêt vit un arbre qui parle.", {"talking_tree"}),
        ("Les sorcières rient avec les oiseaux.", {"witch", "bird"}),
    ],
    "de": [
        ("Wir sahen drei Igel im Garten.", {"hedgehog"}),
        ("Sie spielte mit den Igeln.", {"hedgehog"}),
        ("Die Bären spielten mit den Füchsen.", {"bear", "fox"}),
        ("Er half dem Hasen über den Bach.", {"rabbit"}),
        ("Die Mäuse und die Kätzchen schlafen.", {"mouse", "kitten"}),
        ("Die Drachen und die Feen tanzen.", {"dragon", "fairy"}),
        ("Oma besuchte die Feuerwehrleute.", {"grandma", "firefighter"}),
        ("Die Schmetterlinge und die Marienkäfer fliegen.", {"butterfly", "ladybug"}),
        ("Delfine schwammen neben den Walen.", {"dolphin", "whale"}),
        ("Sie winkte den Prinzen und den Rittern.", {"prince", "knight"}),
        ("Mit den Löwen und den Elefanten.", {"lion", "elephant"}),
        ("Sie fand einen sprechenden Baum.", {"talking_tree"}),
        ("Er winkte dem Außerirdischen zu.", {"alien"}),
        ("Die Gänse und die Glühwürmchen.", {"goose", "firefly"}),
    ],
    "it": [
        ("Abbiamo visto tre ricci in giardino.", {"hedgehog"}),
        ("Le anatre nuotano con le oche.", {"duck", "goose"}),
        ("Le lucciole brillano nella notte.", {"firefly"}),
        ("I topolini giocano con i gattini.", {"mouse", "kitten"}),
        ("I draghi e le fate ballano.", {"dragon", "fairy"}),
        ("La nonna ha salutato i pompieri.", {"grandma", "firefighter"}),
        ("Le farfalle e le coccinelle volano.", {"butterfly", "ladybug"}),
        ("I delfini nuotano con le balene.", {"dolphin", "whale"}),
        ("Gli scoiattoli e le volpi si nascondono.", {"squirrel", "fox"}),
        ("Le principesse salutano i cavalieri.", {"princess", "knight"}),
        ("Gli orsi polari giocano sul ghiaccio.", {"polar_bear"}),
        ("Nel bosco c'era un albero parlante.", {"talking_tree"}),
        ("Le streghe e i maghi ridono con gli gnomi.", {"witch", "wizard", "gnome"}),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"),
                         [(language, text, expected) for language, cases in SAMPLES.items() for text, expected in cases])
def test_plural_and_inflected_forms_are_found_in_sentences(language, text, expected):
    assert expected <= found(text, language), (text, found(text, language))
