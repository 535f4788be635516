"""The places vocabulary: complete in five languages, well formed, and found through lemmas."""

import importlib.util
import re
from pathlib import Path

import pytest

from activities.language.lemmas import LANGUAGES, fold, words


def _load_places() -> dict[str, dict]:
    try:
        from activities.providers.offline.vocabulary.places import PLACES
    except ImportError:
        # The offline package imports the composer, which needs every vocabulary module;
        # the places table itself depends on nothing, so it can be read on its own.
        path = Path(__file__).resolve().parents[2] / "activities" / "providers" / "offline" / "vocabulary" / "places.py"
        spec = importlib.util.spec_from_file_location("_places_under_test", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.PLACES
    return PLACES


PLACES = _load_places()

SETTINGS = {
    "magical_forest_adventure", "friendly_dragon_encounter", "underwater_treasure_hunt", "cloud_castle_journey",
    "time_travel_mission", "space_exploration", "miniature_world_discovery", "weather_wizard_training",
    "animal_language_learning", "dream_world_adventure", "meadow",
}
GENDERS = {"es": {"m", "f"}, "fr": {"m", "f"}, "de": {"m", "f", "n"}, "it": {"m", "f"}}
MATCH_GAP = 3  # words allowed between the parts of a several-word match

# Places the composer is expected to know, at the least.
EXPECTED = {
    "pond", "lake", "river", "stream", "sea", "beach", "island", "forest", "wood", "meadow", "field", "garden",
    "orchard", "farm", "barn", "stable", "mountain", "hill", "valley", "cave", "castle", "palace", "tower",
    "lighthouse", "harbour", "village", "town_square", "market", "bakery", "library", "school", "playground",
    "park", "zoo", "circus", "fairground", "museum", "moon", "space", "planet", "stars", "clouds", "rainbow", "sky",
    "desert", "jungle", "snowy_mountains", "ice_palace", "waterfall", "bridge", "treehouse", "attic", "kitchen",
    "bedroom", "bathtub", "garden_shed", "train_station", "train", "airport", "boat", "ship", "hot_air_balloon",
    "underwater", "coral_reef", "north_pole", "igloo", "tent", "campsite", "swimming_pool", "nest", "windmill",
}


def _finds(text: str, language: str, concept: str) -> bool:
    """Whether one of the concept's matches is in `text`, read on folded forms and lemmas."""
    tokens = words(text, language)

    def accepts(i: int, part: str) -> bool:
        return tokens[i].folded == part or tokens[i].lemma == part

    for match in PLACES[concept][language]["match"]:
        parts = [fold(part) for part in match.split()]
        for start in range(len(tokens)):
            if not accepts(start, parts[0]):
                continue
            position, ok = start, True
            for part in parts[1:]:
                following = range(position + 1, min(len(tokens), position + 2 + MATCH_GAP))
                position = next((k for k in following if accepts(k, part)), None)
                if position is None:
                    ok = False
                    break
            if ok:
                return True
    return False


def _found(text: str, language: str) -> list[str]:
    return [concept for concept in PLACES if _finds(text, language, concept)]


# ------------------------------------------------------------------------------- shape


def test_there_are_enough_places_and_the_expected_ones():
    assert len(PLACES) >= 90
    assert EXPECTED <= set(PLACES), sorted(EXPECTED - set(PLACES))


def test_concept_ids_are_english_snake_case():
    for concept in PLACES:
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", concept), concept


def test_every_entry_has_a_drawing_and_a_known_setting():
    for concept, entry in PLACES.items():
        assert isinstance(entry.get("draw"), str) and entry["draw"].strip(), concept
        assert entry.get("setting") in SETTINGS, (concept, entry.get("setting"))
        assert set(entry) == {"draw", "setting", *LANGUAGES}, (concept, sorted(entry))


def test_every_entry_is_complete_in_five_languages():
    for concept, entry in PLACES.items():
        for language in LANGUAGES:
            block = entry[language]
            expected = {"match", "def", "at", "to"} | ({"g"} if language != "en" else set())
            assert set(block) == expected, (concept, language, sorted(block))
            for key in ("def", "at", "to"):
                value = block[key]
                assert isinstance(value, str) and value.strip() == value and value, (concept, language, key)
                assert "  " not in value, (concept, language, key)
            if language != "en":
                assert block["g"] in GENDERS[language], (concept, language, block["g"])
            assert isinstance(block["match"], list) and block["match"], (concept, language)


def test_match_words_are_lower_case_single_spaced_words():
    for concept, entry in PLACES.items():
        for language in LANGUAGES:
            matches = entry[language]["match"]
            assert len(matches) == len(set(matches)), (concept, language)
            for match in matches:
                assert isinstance(match, str) and match, (concept, language)
                assert match == match.lower(), (concept, language, match)
                assert match == " ".join(match.split()), (concept, language, match)
                # each part is one word as the tokenizer reads it (no hyphens or apostrophes)
                assert [w.text for w in words(match, language)] == match.split(), (concept, language, match)


def test_no_two_places_share_a_single_word_match_in_a_language():
    for language in LANGUAGES:
        owner: dict[str, str] = {}
        for concept, entry in PLACES.items():
            for match in entry[language]["match"]:
                if " " in match:
                    continue
                key = fold(match)
                assert owner.setdefault(key, concept) == concept, (language, match, owner[key], concept)


def test_several_word_matches_are_not_repeated_across_places():
    for language in LANGUAGES:
        owner: dict[str, str] = {}
        for concept, entry in PLACES.items():
            for match in entry[language]["match"]:
                key = fold(match)
                assert owner.setdefault(key, concept) == concept, (language, match, owner[key], concept)


# ------------------------------------------------------------------------------- grammar of the phrases


def _phrases(language: str):
    for concept, entry in PLACES.items():
        for key in ("def", "at", "to"):
            yield concept, key, entry[language][key]


def test_spanish_phrases_contract_a_el_and_de_el():
    for concept, key, phrase in _phrases("es"):
        assert not re.search(r"\b(a|de) el\b", phrase), (concept, key, phrase)


def test_french_phrases_contract_and_elide():
    for concept, key, phrase in _phrases("fr"):
        assert not re.search(r"\b(à|de) les?\b", phrase), (concept, key, phrase)
        assert not re.search(r"\b(le|la|de) [aeiouyàâéèêîïôû]", phrase), (concept, key, phrase)


def test_italian_phrases_elide_before_vowels():
    for concept, key, phrase in _phrases("it"):
        assert not re.search(r"\b(il|lo|la|del|dello|della|al|allo|alla|nel|nello|nella|sul|sullo|sulla) [aeiou]",
                             phrase), (concept, key, phrase)


def test_german_phrases_contract_preposition_and_article():
    for concept, key, phrase in _phrases("de"):
        assert not re.search(r"\b(an|in|zu|bei|von) dem\b|\bzu der\b|\b(an|in) das\b", phrase), (concept, key, phrase)


def test_english_to_phrases_say_where_to():
    for concept, key, phrase in _phrases("en"):
        if key == "to":
            assert re.match(r"(to|into|up|down|home)\b", phrase), (concept, phrase)


# ------------------------------------------------------------------------------- found through lemmas

SAMPLES = [
    ("en", "Mia loves feeding the ducks at the duck ponds.", "pond"),
    ("en", "They had a picnic in the meadows behind the house.", "meadow"),
    ("en", "Grandpa tells stories about the mountains.", "mountain"),
    ("en", "He wants to explore caves with a torch.", "cave"),
    ("en", "She dreams of sailing across the oceans.", "sea"),
    ("en", "Lena has visited three castles.", "castle"),
    ("en", "The skies were full of swallows.", "sky"),
    ("en", "Tom borrows books from the libraries in town.", "library"),
    ("en", "He wants to travel to the North Pole.", "north_pole"),
    ("en", "Ella took a ride in a hot-air balloon.", "hot_air_balloon"),
    ("en", "They go camping every summer.", "campsite"),
    ("en", "She spends Sundays at her grandma's house.", "grandparents_house"),
    ("en", "Theo built treehouses in the woods.", "treehouse"),
    ("en", "Theo built treehouses in the woods.", "wood"),
    ("en", "Sam found a shell at the bottom of the sea.", "underwater"),
    ("es", "A Lucía le encantan los estanques del parque.", "pond"),
    ("es", "Pablo quiere nadar en los ríos.", "river"),
    ("es", "Soñaba con las montañas nevadas.", "snowy_mountains"),
    ("es", "Fueron a las playas de Cádiz.", "beach"),
    ("es", "Le gustan mucho los castillos.", "castle"),
    ("es", "Pasó el verano en casa de la abuela.", "grandparents_house"),
    ("es", "Quiere viajar al espacio.", "space"),
    ("es", "Mira los barcos del puerto.", "ship"),
    ("es", "Mira los barcos del puerto.", "harbour"),
    ("es", "Fuimos al parque de atracciones.", "fairground"),
    ("es", "Viven cerca de las cascadas.", "waterfall"),
    ("es", "Duerme en una tienda de campaña.", "tent"),
    ("es", "Buscan tesoros en el fondo del mar.", "underwater"),
    ("es", "Quiere ir al país de los sueños.", "dreamland"),
    ("es", "Pasean por los bosques encantados.", "enchanted_forest"),
    ("fr", "Léo adore les mares et les étangs.", "pond"),
    ("fr", "Elle rêve des forêts enchantées.", "enchanted_forest"),
    ("fr", "Ils ont visité des châteaux.", "castle"),
    ("fr", "Elle aime les îles.", "island"),
    ("fr", "Nous partons à la montagne.", "mountain"),
    ("fr", "Il voudrait marcher sur la lune.", "moon"),
    ("fr", "Les ruisseaux chantent au printemps.", "stream"),
    ("fr", "Elle passe ses vacances chez sa grand-mère.", "grandparents_house"),
    ("fr", "Il joue sur l'aire de jeux.", "playground"),
    ("fr", "Elle veut dormir sous la tente.", "tent"),
    ("fr", "Il prend le train pour Paris.", "train"),
    ("fr", "Elle regarde les arcs-en-ciel.", "rainbow"),
    ("fr", "Il nage au fond de la mer.", "underwater"),
    ("fr", "Les bateaux rentrent au port.", "boat"),
    ("de", "Mia füttert die Enten am Teich.", "pond"),
    ("de", "Leon wandert gern in den Bergen.", "mountain"),
    ("de", "Die Kinder spielen auf den Wiesen.", "meadow"),
    ("de", "Sie träumt von fernen Inseln.", "island"),
    ("de", "Er möchte zum Mond fliegen.", "moon"),
    ("de", "Im Wald wohnt ein Igel.", "forest"),
    ("de", "Sie besucht ihre Großeltern.", "grandparents_house"),
    ("de", "Die Schiffe liegen im Hafen.", "ship"),
    ("de", "Die Schiffe liegen im Hafen.", "harbour"),
    ("de", "Er fährt gern mit dem Zug.", "train"),
    ("de", "Sie spielt auf dem Spielplatz.", "playground"),
    ("de", "Er liebt Burgen und Schlösser.", "castle"),
    ("de", "Paul ist am liebsten zu Hause.", "home"),
    ("de", "Sie malt bunte Regenbögen.", "rainbow"),
    ("de", "Die Pferde stehen in den Ställen.", "stable"),
    ("it", "Giulia ama gli stagni.", "pond"),
    ("it", "Marco vuole nuotare nei laghi.", "lake"),
    ("it", "Sogna le isole lontane.", "island"),
    ("it", "Passeggiano nei boschi.", "wood"),
    ("it", "D'estate vanno al mare.", "sea"),
    ("it", "Hanno visitato i castelli.", "castle"),
    ("it", "Dorme a casa dei nonni.", "grandparents_house"),
    ("it", "Vuole andare sulla luna.", "moon"),
    ("it", "Gioca al parco giochi.", "playground"),
    ("it", "Le cascate sono bellissime.", "waterfall"),
    ("it", "Guarda le nuvole.", "clouds"),
    ("it", "Sogna il paese delle fate.", "fairyland"),
    ("it", "Viaggia sui treni.", "train"),
]


@pytest.mark.parametrize(("language", "text", "concept"), SAMPLES)
def test_inflected_and_plural_forms_are_found(language, text, concept):
    assert _finds(text, language, concept), (language, text, concept, [(w.text, w.lemma) for w in words(text, language)])


def test_a_dozen_samples_per_language():
    for language in LANGUAGES:
        assert sum(1 for lang, _, _ in SAMPLES if lang == language) >= 12, language


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Mia is potty training."),
    ("en", "He wants to ride his bike without training wheels."),
    ("fr", "Il est en train de dormir."),
    ("fr", "Il tente de nager tout seul."),
    ("es", "Se esconde bajo la sábana."),
    ("it", "È fiera di sé."),
    ("de", "Er hat Angst vor dem Bäcker."),
])
def test_everyday_words_are_not_mistaken_for_places(language, text):
    assert _found(text, language) == []


@pytest.mark.parametrize(("compound", "concept"), [
    ("Ententeich", "pond"),
    ("Sandstrand", "beach"),
    ("Ritterburg", "castle"),
    ("Tannenwald", "forest"),
    ("Blumenwiese", "meadow"),
    ("Bauernhof", "farm"),
    ("Drachenhöhle", "cave"),
    ("Vollmond", "moon"),
    ("Segelboot", "boat"),
    ("Gemüsegarten", "garden"),
])
def test_german_compounds_end_in_a_place(compound, concept):
    # The composer recognises a German compound by its last part.
    assert any(fold(compound).endswith(fold(match)) for match in PLACES[concept]["de"]["match"] if " " not in match)
