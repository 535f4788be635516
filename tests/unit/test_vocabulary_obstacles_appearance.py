"""The obstacle vocabulary and the appearance reader/writer of the offline composer."""

from __future__ import annotations

import dataclasses
import re

import pytest

from activities.language.lemmas import LANGUAGES, fold, words
from activities.providers.offline.vocabulary.appearance import (
    CLOTHES,
    COLORS,
    EXTRAS,
    EYE_COLORS,
    HAIR_COLORS,
    HAIR_STYLES,
    PATTERNS,
    Looks,
    describe_looks,
    looks_in_english,
    read_looks,
)
from activities.providers.offline.vocabulary.obstacles import OBSTACLES

# ---------------------------------------------------------------------------- helpers
MATCH_GAP = 3  # words allowed between the parts of a several-word match


def _accepts(word, part: str) -> bool:
    return word.folded == part or word.lemma == part


def _names(text: str, language: str, match: str) -> bool:
    """The documented matching rule: the lemmas in order, at most three words apart."""
    tokens = words(text, language)
    parts = [fold(p) for p in match.split()]
    for i, token in enumerate(tokens):
        if not _accepts(token, parts[0]):
            continue
        position, ok = i, True
        for part in parts[1:]:
            following = range(position + 1, min(len(tokens), position + 2 + MATCH_GAP))
            position = next((k for k in following if _accepts(tokens[k], part)), -1)
            if position < 0:
                ok = False
                break
        if ok:
            return True
    return False


def obstacles_in(text: str, language: str) -> set[str]:
    return {key for key, entry in OBSTACLES.items() if any(_names(text, language, m) for m in entry[language]["match"])}


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


# Every word the writer may use: its vocabularies and its sentence frames.
_FRAME_WORDS = """had always wore and a an hair eyes tenía siempre llevaba y e el pelo los ojos avait portait
toujours et les cheveux yeux hatte trug immer und einen eine ein zwei haare augen aveva indossava sempre
i capelli gli occhi""".split()
ALLOWED = {fold(w) for w in _FRAME_WORDS} | {
    fold(token)
    for table in (COLORS, HAIR_COLORS, EYE_COLORS, HAIR_STYLES, CLOTHES, PATTERNS, EXTRAS)
    for text in _strings(table)
    for token in re.findall(r"[^\W_]+", text)
}


for _table in (COLORS, HAIR_COLORS, EYE_COLORS, HAIR_STYLES):  # German adjectives take endings
    for _entry in _table.values():
        _stem = fold(_entry["de"].get("stem", ""))
        if _stem:
            _base = _stem[:-2] + "l" if _stem.endswith("el") else _stem
            ALLOWED |= {_base + "e", _base + "en", _base + "es", _stem + "e", _stem + "en", _stem + "es"}


def output_words(sentence: str, name: str) -> set[str]:
    return {fold(w) for w in re.findall(r"[^\W_]+", sentence.replace(name, " "))}


# ---------------------------------------------------------------------------- obstacles
def test_obstacles_schema():
    assert len(OBSTACLES) >= 45
    for key, entry in OBSTACLES.items():
        assert re.fullmatch(r"[a-z][a-z_]*", key), key
        assert set(entry) >= set(LANGUAGES), key
        for language in LANGUAGES:
            block = entry[language]
            assert set(block) == {"match", "problem", "solved"}, (key, language)
            assert block["match"] and isinstance(block["match"], list), (key, language)
            for match in block["match"]:
                assert match == match.lower() == match.strip(), (key, language, match)
                assert "  " not in match and 1 <= len(match.split()) <= 4, (key, language, match)
            assert block["problem"].strip() and block["solved"].strip(), (key, language)
            assert block["problem"] != block["solved"], (key, language)
            assert not block["problem"].endswith("."), (key, language)


def test_obstacles_cover_the_brief():
    for key in ("afraid_dark", "afraid_water", "shy", "cant_sleep", "lost_way", "lost_voice", "stuck_tree",
                "sore_paw", "sore_wing", "hiccups", "too_small", "cant_find_friends", "misses_family", "too_cold",
                "hungry", "broken_wheel", "torn_kite", "river_too_wide", "path_blocked", "rain_wont_stop",
                "stars_went_out", "forgot_song", "lost_colours", "sad", "grumpy", "nobody_to_play",
                "afraid_thunder", "home_before_dark"):
        assert key in OBSTACLES, key
    assert OBSTACLES["misses_family"]["en"]["solved"] == "was back with its family"
    assert OBSTACLES["nobody_to_play"]["en"]["solved"] == "had a new friend to play with"
    assert OBSTACLES["sore_paw"]["en"]["problem"] == "had a sore paw"


_HARSH = {
    "en": {"hurt", "injured", "injury", "blood", "bleeding", "dead", "die", "died", "dying", "danger", "dangerous",
           "sick", "ill", "wound", "wounded", "kill", "killed", "pain"},
    "es": {"herido", "herida", "sangre", "muerto", "muerta", "morir", "peligro", "peligroso", "enfermo", "enferma",
           "dolor", "matar"},
    "fr": {"blessé", "blessée", "blessure", "sang", "mort", "morte", "mourir", "danger", "dangereux", "malade",
           "douleur", "tuer"},
    "de": {"verletzt", "verletzung", "blut", "tot", "sterben", "gefahr", "gefährlich", "krank", "wunde",
           "schmerzen", "töten"},
    "it": {"ferito", "ferita", "sangue", "morto", "morta", "morire", "pericolo", "pericoloso", "malato", "malata",
           "dolore", "uccidere"},
}


def test_obstacles_are_gentle():
    for key, entry in OBSTACLES.items():
        for language in LANGUAGES:
            for field in ("problem", "solved"):
                said = {w.lower() for w in re.findall(r"[^\W_]+", entry[language][field])}
                assert not said & _HARSH[language], (key, language, field, said & _HARSH[language])


# A predicate after "was" must not carry an adjective that agrees with the companion.
_COPULA = {"es": ("estaba", "era"), "fr": ("était",), "it": ("era",)}
_INVARIABLE_AFTER = {"muy", "otra", "triste", "de", "di", "a", "très", "timide", "loin", "en", "con"}


def test_obstacles_do_not_agree_with_the_companion():
    for key, entry in OBSTACLES.items():
        for language, copulas in _COPULA.items():
            for field in ("problem", "solved"):
                tokens = entry[language][field].split()
                for i, token in enumerate(tokens[:-1]):
                    if token in copulas:
                        following = tokens[i + 1]
                        assert following in _INVARIABLE_AFTER, (key, language, field, following)
        for field in ("problem", "solved"):  # German possessives would depend on the subject
            said = entry["de"][field].split()
            assert not {"seine", "seinen", "seinem", "seiner", "ihre", "ihren", "ihrem", "ihrer"} & set(said), (key, field)


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("en", "The little owl was scared of the dark", "afraid_dark"),
        ("es", "El erizo tenía mucho miedo a la oscuridad", "afraid_dark"),
        ("fr", "Le hérisson a peur du noir", "afraid_dark"),
        ("de", "Der Igel hat Angst im Dunkeln", "afraid_dark"),
        ("it", "Il riccio ha paura del buio", "afraid_dark"),
        ("en", "the fox got lost in the woods", "lost_way"),
        ("es", "el zorro se perdió en el bosque", "lost_way"),
        ("de", "der Fuchs hat sich verlaufen", "lost_way"),
        ("en", "the bird lost its voice", "lost_voice"),
        ("fr", "l'oiseau a perdu sa voix", "lost_voice"),
        ("de", "der Vogel hat seine Stimme verloren", "lost_voice"),
        ("en", "the cat is stuck up a tree", "stuck_tree"),
        ("it", "il gatto non riesce a scendere dall'albero", "stuck_tree"),
        ("en", "the bear couldn't sleep", "cant_sleep"),
        ("fr", "l'ours n'arrive pas à s'endormir", "cant_sleep"),
        ("en", "the penguin misses his mum", "misses_family"),
        ("it", "al pinguino manca la mamma", "misses_family"),
        ("de", "der Pinguin vermisst seine Mama", "misses_family"),
        ("es", "el carrito tiene una rueda rota", "broken_wheel"),
        ("fr", "le cerf-volant est déchiré", "torn_kite"),
        ("en", "the path was blocked by a big rock", "path_blocked"),
        ("de", "Der Regen hört nicht auf", "rain_wont_stop"),
        ("es", "no para de llover", "rain_wont_stop"),
        ("en", "all the stars went out", "stars_went_out"),
        ("fr", "les étoiles se sont éteintes", "stars_went_out"),
        ("en", "the giraffe had nobody to play with", "nobody_to_play"),
        ("it", "deve tornare prima che faccia buio", "home_before_dark"),
        ("es", "el perrito tiene miedo de los truenos", "afraid_thunder"),
        ("de", "der Frosch hatte Schluckauf", "hiccups"),
        ("it", "la tartaruga era stanca", "too_tired"),
        ("en", "the rainbow lost its colours", "lost_colours"),
        ("de", "der Regenbogen hat seine Farben verloren", "lost_colours"),
    ],
)
def test_obstacles_are_found_through_lemmas(language, text, key):
    assert key in obstacles_in(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Luna goes to the park with her dog and they play ball"),
        ("en", "a picnic by the duck pond on a sunny day"),
        ("es", "Luna va al parque con su perro y juegan a la pelota"),
        ("fr", "ils construisent un château de sable"),
        ("de", "ein Picknick am Ententeich an einem sonnigen Tag"),
        ("it", "trovare una stella luccicante nel giardino"),
    ],
)
def test_happy_events_name_no_obstacle(language, text):
    assert obstacles_in(text, language) == set()


# ---------------------------------------------------------------------------- appearance
BRIEF = {
    "en": "Luna had curly brown hair and always wore a yellow raincoat.",
    "es": "Luna tenía el pelo castaño y rizado, y siempre llevaba un impermeable amarillo.",
    "fr": "Luna avait les cheveux châtains et bouclés, et portait toujours un imperméable jaune.",
    "de": "Luna hatte braune Locken und trug immer einen gelben Regenmantel.",
    "it": "Luna aveva i capelli castani e ricci, e indossava sempre un impermeabile giallo.",
}
LUNA = Looks(hair_color="brown", hair_styles=("curly",), clothes=(("yellow", "raincoat"),))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Curly brown hair and a yellow raincoat"),
        ("es", "Tiene el pelo castaño y rizado y lleva un impermeable amarillo"),
        ("fr", "Elle a les cheveux châtains et bouclés, et un imperméable jaune"),
        ("de", "Sie hat braune Locken und trägt einen gelben Regenmantel"),
        ("it", "Ha i capelli castani e ricci e un impermeabile giallo"),
    ],
)
def test_the_brief_example_reads_the_same_in_every_language(language, text):
    assert read_looks(text, language) == LUNA
    assert read_looks(text, None) == LUNA


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_brief_example_is_written_natively(language):
    assert describe_looks(LUNA, language, "Luna") == BRIEF[language]


# (text language, text, expected looks fields)
READINGS = [
    ("en", "long blond hair in a ponytail, blue eyes and freckles",
     {"hair_color": "blond", "hair_styles": ("long", "ponytail"), "eye_color": "blue", "extras": ("freckles",)}),
    ("en", "Her raincoat is yellow and her boots are red",
     {"clothes": (("yellow", "raincoat"), ("red", "boots"))}),
    ("en", "a blonde girl in a red dress with white polka dots, and glasses",
     {"hair_color": "blond", "clothes": (("red", "dress"),), "patterns": (("dress", "spotted"),),
      "extras": ("glasses",)}),
    ("en", "fair skin, dark brown hair, green eyes, a blue cape with yellow stars",
     {"hair_color": "brown", "eye_color": "green", "clothes": (("blue", "cape"),), "patterns": (("cape", "starry"),)}),
    ("en", "a red bag and a yellow raincoat", {"clothes": (("yellow", "raincoat"),)}),
    ("es", "rubia, con coletas, gafas y un vestido azul de lunares",
     {"hair_color": "blond", "hair_styles": ("pigtails",), "clothes": (("blue", "dress"),),
      "patterns": (("dress", "spotted"),), "extras": ("glasses",)}),
    ("es", "pelo corto y negro, ojos marrones, mejillas sonrosadas, sudadera gris y zapatillas de deporte blancas",
     {"hair_color": "black", "hair_styles": ("short",), "eye_color": "brown",
      "clothes": (("grey", "hoodie"), ("white", "sneakers")), "extras": ("rosy_cheeks",)}),
    ("fr", "une robe bleue et des bottes rouges", {"clothes": (("blue", "dress"), ("red", "boots"))}),
    ("fr", "un pull rayé vert, une casquette rouge, cheveux roux en queue de cheval",
     {"hair_color": "red", "hair_styles": ("ponytail",), "clothes": (("green", "jumper"), ("red", "cap")),
      "patterns": (("jumper", "striped"),)}),
    ("de", "ein gelber Regenmantel, lange blonde Zöpfe, blaue Augen und Sommersprossen",
     {"hair_color": "blond", "hair_styles": ("long", "braids"), "eye_color": "blue",
      "clothes": (("yellow", "raincoat"),), "extras": ("freckles",)}),
    ("de", "hellblaue Winterjacke, rote Gummistiefel und eine Brille",
     {"clothes": (("blue", "jacket"), ("red", "wellies")), "extras": ("glasses",)}),
    ("de", "Ihre Haare sind rot und ihr Kleid ist grün", {"hair_color": "red", "clothes": (("green", "dress"),)}),
    ("it", "capelli lunghi e lisci, occhi azzurri, una felpa viola a righe",
     {"hair_styles": ("long", "straight"), "eye_color": "blue", "clothes": (("purple", "hoodie"),),
      "patterns": (("hoodie", "striped"),)}),
    ("it", "Ha gli occhi verdi, le lentiggini e una sciarpa a righe rosse e bianche",
     {"eye_color": "green", "extras": ("freckles",), "clothes": ((None, "scarf"),),
      "patterns": (("scarf", "striped"),)}),
    ("it", "un cappotto rosso e stivali gialli", {"clothes": (("red", "coat"), ("yellow", "boots"))}),
    ("it", "È biondo con i capelli a spazzola e porta uno zaino rosso",
     {"hair_color": "blond", "hair_styles": ("spiky",), "clothes": (("red", "backpack"),)}),
    ("es", "Un niño moreno con un moño y una capa roja con estrellas",
     {"hair_color": "dark", "hair_styles": ("bun",), "clothes": (("red", "cape"),), "patterns": (("cape", "starry"),)}),
]


@pytest.mark.parametrize(("language", "text", "expected"), READINGS)
def test_read_looks_recognises_features(language, text, expected):
    looks = read_looks(text, language)
    assert looks == Looks(**expected)
    assert read_looks(text, None) == looks  # the richest reading is the text's own language


# (text language, text, story language, expected sentence)
ROUND_TRIPS = [
    ("en", "long blond hair in a ponytail, blue eyes and freckles", "fr",
     "Mia avait les cheveux blonds en queue de cheval, les yeux bleus et des taches de rousseur."),
    ("de", "ein gelber Regenmantel, lange blonde Zöpfe, blaue Augen und Sommersprossen", "it",
     "Mia aveva i capelli biondi raccolti in trecce e gli occhi azzurri, e indossava sempre un impermeabile "
     "giallo."),
    ("es", "rubia, con coletas, gafas y un vestido azul de lunares", "en",
     "Mia had blond hair in pigtails and always wore glasses and a blue dress with polka dots."),
    ("fr", "une robe bleue et des bottes rouges", "de", "Mia trug immer ein blaues Kleid und rote Stiefel."),
    ("fr", "une robe bleue et des bottes rouges", "it", "Mia indossava sempre un vestito blu e degli stivali rossi."),
    ("it", "una gonna bianca e una giacca verde", "es", "Mia siempre llevaba una falda blanca y una chaqueta verde."),
]


@pytest.mark.parametrize(("source", "text", "target", "expected"), ROUND_TRIPS)
def test_round_trips_across_languages(source, text, target, expected):
    assert describe_looks(read_looks(text, source), target, "Mia") == expected


def test_round_trip_of_the_first_example_in_every_direction():
    texts = {
        "en": "Curly brown hair and a yellow raincoat",
        "es": "Tiene el pelo castaño y rizado y lleva un impermeable amarillo",
        "fr": "Elle a les cheveux châtains et bouclés, et un imperméable jaune",
        "de": "Sie hat braune Locken und trägt einen gelben Regenmantel",
        "it": "Ha i capelli castani e ricci e un impermeabile giallo",
    }
    for source, text in texts.items():
        for target in LANGUAGES:
            assert describe_looks(read_looks(text), target, "Luna") == BRIEF[target], (source, target)


@pytest.mark.parametrize(
    ("color", "clothing", "language", "expected"),
    [
        ("red", "jacket", "de", "Tom trug immer eine rote Jacke."),
        ("red", "coat", "de", "Tom trug immer einen roten Mantel."),
        ("red", "dress", "de", "Tom trug immer ein rotes Kleid."),
        ("red", "boots", "de", "Tom trug immer rote Stiefel."),
        ("pink", "scarf", "de", "Tom trug immer einen rosa Schal."),
        ("gold", "crown", "de", "Tom trug immer eine goldene Krone."),
        ("red", "jacket", "es", "Tom siempre llevaba una chaqueta roja."),
        ("white", "socks", "es", "Tom siempre llevaba unos calcetines blancos."),
        ("green", "dress", "fr", "Tom portait toujours une robe verte."),
        ("white", "boots", "fr", "Tom portait toujours des bottes blanches."),
        ("orange", "boots", "fr", "Tom portait toujours des bottes orange."),
        ("white", "skirt", "it", "Tom indossava sempre una gonna bianca."),
        ("grey", "shoes", "it", "Tom indossava sempre delle scarpe grigie."),
        ("orange", "apron", "en", "Tom always wore an orange apron."),
        ("yellow", "wellies", "en", "Tom always wore yellow wellies."),
    ],
)
def test_colours_agree_with_the_garment(color, clothing, language, expected):
    assert describe_looks(Looks(clothes=((color, clothing),)), language, "Tom") == expected


def test_hair_and_eyes_agree():
    looks = Looks(hair_color="black", hair_styles=("short",), eye_color="dark")
    assert describe_looks(looks, "de", "Ada") == "Ada hatte kurze schwarze Haare und dunkle Augen."
    assert describe_looks(looks, "fr", "Ada") == "Ada avait les cheveux noirs et courts et les yeux foncés."
    assert describe_looks(looks, "es", "Ada") == "Ada tenía el pelo negro y corto y los ojos oscuros."
    ponytail = Looks(hair_color="brown", hair_styles=("ponytail",))
    assert describe_looks(ponytail, "de", "Ada") == "Ada hatte einen braunen Pferdeschwanz."
    assert describe_looks(ponytail, "it", "Ada") == "Ada aveva i capelli castani raccolti in una coda di cavallo."
    assert describe_looks(Looks(hair_styles=("bun",)), "en", "Ada") == "Ada had a bun."


def test_at_most_three_features_chosen_deterministically():
    looks = read_looks("curly red hair, green eyes, freckles, dimples, glasses, a blue jumper, yellow boots", "en")
    assert looks.hair_color == "red" and looks.eye_color == "green"
    sentence = describe_looks(looks, "en", "Pip")
    assert sentence == "Pip had curly red hair and green eyes, and always wore a blue jumper."
    assert sentence == describe_looks(read_looks("curly red hair, green eyes, freckles, dimples, glasses, "
                                                 "a blue jumper, yellow boots", "en"), "en", "Pip")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "a yellow raincoat and a zorblax"),
        ("en", "She is glimmerfrocked, wears a zorblax hat and quibbly blue boots"),
        ("es", "lleva un impermeable amarillo y un zorblax morado"),
        ("fr", "une robe zorblax bleue et des flimbles"),
        ("de", "ein gelber Zorblax und eine blaue Jacke mit Glimmerfrock"),
        ("it", "capelli zorblax e un cappotto rosso flimbloso"),
        (None, "Zorblax Quibbleton with curly glimmer hair"),
    ],
)
def test_describe_never_copies_the_parents_words(language, text):
    looks = read_looks(text, language)
    assert not looks.is_empty
    for target in LANGUAGES:
        sentence = describe_looks(looks, target, "Luna")
        assert sentence is not None
        lowered = sentence.lower()
        for invented in ("zorblax", "glimmer", "quibbl", "flimbl"):
            assert invented not in lowered
        assert output_words(sentence, "Luna") <= ALLOWED, (target, output_words(sentence, "Luna") - ALLOWED)


@pytest.mark.parametrize("text", ["", "   ", "Luna", "a zorblax and a flimble", "12345 !!!", "🦔🌙"])
def test_nothing_recognised_gives_none(text):
    looks = read_looks(text, None)
    assert looks == Looks() and looks.is_empty
    for language in LANGUAGES:
        assert describe_looks(looks, language, "Luna") is None
    assert looks_in_english(looks) == ""


def test_looks_in_english():
    assert looks_in_english(LUNA) == "curly brown hair, a yellow raincoat"
    looks = read_looks("rubia, con coletas, ojos verdes, gafas y un vestido azul de lunares, botas de agua", "es")
    assert looks_in_english(looks) == (
        "blond hair in pigtails, green eyes, a blue dress with polka dots, rain boots, glasses"
    )


def test_looks_is_frozen_and_hashable():
    with pytest.raises(dataclasses.FrozenInstanceError):
        LUNA.hair_color = "red"  # type: ignore[misc]
    assert hash(LUNA) == hash(read_looks("curly brown hair and a yellow raincoat", "en"))


def test_vocabulary_tables_are_complete():
    assert len(COLORS) >= 16
    for table in (COLORS, HAIR_COLORS, EYE_COLORS, HAIR_STYLES, CLOTHES, PATTERNS, EXTRAS):
        for key, entry in table.items():
            assert set(entry) >= set(LANGUAGES), key
    for key, entry in COLORS.items():
        for language in ("es", "fr", "it"):
            assert len(entry[language]["forms"]) == 4, (key, language)
        assert "stem" in entry["de"] and "form" in entry["en"], key
    for key, entry in CLOTHES.items():
        assert entry["en"]["g"] in ("sg", "pl") and entry["de"]["g"] in ("m", "f", "n", "pl"), key
        for language in ("es", "fr", "it"):
            assert entry[language]["g"] in ("m", "f", "mpl", "fpl"), (key, language)
    for needed in ("raincoat", "dress", "tshirt", "jumper", "hoodie", "jacket", "coat", "cape", "scarf", "hat",
                   "cap", "beanie", "boots", "sneakers", "wellies", "dungarees", "skirt", "trousers", "shorts",
                   "pyjamas", "backpack", "crown", "tiara", "bow", "ribbon", "headband", "gloves", "mittens",
                   "socks", "tutu", "apron"):
        assert needed in CLOTHES, needed
