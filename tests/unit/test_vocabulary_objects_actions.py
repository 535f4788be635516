"""The object and action vocabularies: complete, well-formed, and found through lemmas."""

import importlib.util
import re
from pathlib import Path

import pytest

from activities.language.lemmas import TOKEN, fold, words


def _load(name: str) -> dict:
    """The data module on its own: importing it through ``activities.providers.offline`` would run
    the package's ``__init__`` (the composer) and tie this test to the whole composer."""
    path = Path(__file__).resolve().parents[2] / "activities" / "providers" / "offline" / "vocabulary" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_vocabulary_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name.upper())


OBJECTS = _load("objects")
ACTIONS = _load("actions")

LANGUAGES = ("en", "es", "fr", "de", "it")
NOUN_FORMS = ("def", "indef", "def_pl")
GERMAN_CASES = ("acc", "dat", "dat_pl")
MODULES = {"objects": OBJECTS, "actions": ACTIONS}
MATCH_WORD = re.compile(r"[^\W\d_]+( [^\W\d_]+)*")  # letters, words joined by one space
PLACEHOLDER = re.compile(r"\{(\w+)\}")
THING_SLOTS = {"def", "indef", "acc", "dat"}
PLURAL_SLOTS = {"def_pl", "dat_pl"}
GAP = 3  # words allowed between the parts of a several-word match


def _matches(match: str, text: str, language: str) -> bool:
    """Whether `match` is found in `text`: its words in order, on surface form or lemma."""
    wanted = [fold(token) for token in TOKEN.findall(match)]
    found = words(text, language)

    def from_(index: int, start: int) -> bool:
        if index == len(wanted):
            return True
        stop = len(found) if index == 0 else min(len(found), start + GAP + 1)
        return any(wanted[index] in (found[j].folded, found[j].lemma) and from_(index + 1, j + 1)
                   for j in range(start, stop))

    return from_(0, 0)


def _concepts(vocabulary: dict, text: str, language: str) -> set[str]:
    return {key for key, entry in vocabulary.items()
            if any(_matches(match, text, language) for match in entry[language]["match"])}


def _strings(block: dict, keys) -> None:
    for key in keys:
        assert isinstance(block.get(key), str) and block[key].strip(), key


def test_the_vocabularies_are_large_enough():
    assert len(OBJECTS) >= 160
    assert len(ACTIONS) >= 110


@pytest.mark.parametrize("name", sorted(MODULES))
def test_concept_ids_are_snake_case_and_every_language_is_there(name):
    for key, entry in MODULES[name].items():
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", key), key
        for language in LANGUAGES:
            assert isinstance(entry.get(language), dict), (key, language)


def test_every_object_has_every_form_in_every_language():
    for key, entry in OBJECTS.items():
        _strings(entry, ["draw"])
        assert set(entry) - {"made"} == {"draw", *LANGUAGES}, key
        assert entry.get("made", True) is True, key
        for language in LANGUAGES:
            block = entry[language]
            required = {"match", *NOUN_FORMS} | (set() if language == "en" else {"g"})
            if language == "de":
                required |= set(GERMAN_CASES)
            assert set(block) == required, (key, language)
            _strings(block, required - {"match"})


def test_object_genders_and_articles_agree():
    articles = {
        "es": {"m": ("el ", "un ", "los "), "f": ("la ", "una ", "las ")},
        "fr": {"m": (("le ", "l'"), "un ", "les "), "f": (("la ", "l'"), "une ", "les ")},
        "it": {"m": (("il ", "lo ", "l'"), ("un ", "uno "), ("i ", "gli ", "le ")), "f": (("la ", "l'"), ("una ", "un'"), "le ")},
    }
    for key, entry in OBJECTS.items():
        en = entry["en"]
        assert en["def"].startswith("the ") and en["def_pl"].startswith("the "), key
        assert en["indef"].startswith(("a ", "an ")), key
        for language, by_gender in articles.items():
            block = entry[language]
            assert block["g"] in ("m", "f"), (key, language)
            definite, indefinite, plural = by_gender[block["g"]]
            if language == "es" and block["def"].startswith("el ") and block["g"] == "f":
                definite, indefinite = "el ", "un "  # el arpa, un arpa: stressed a
            assert block["def"].startswith(definite), (key, language, block["def"])
            assert block["indef"].startswith(indefinite), (key, language, block["indef"])
            assert block["def_pl"].startswith(plural), (key, language, block["def_pl"])


def test_german_nouns_have_their_cases():
    forms = {"m": ("der ", "ein ", "den ", "dem "), "f": ("die ", "eine ", "die ", "der "), "n": ("das ", "ein ", "das ", "dem ")}
    for key, entry in OBJECTS.items():
        block = entry["de"]
        assert block["g"] in ("m", "f", "n"), key
        for field, article in zip(("def", "indef", "acc", "dat"), forms[block["g"]]):
            assert block[field].startswith(article), (key, field, block[field])
        assert block["def_pl"].startswith("die ") and block["dat_pl"].startswith("den "), key
        for field in ("def", "indef", "acc", "dat", "def_pl", "dat_pl"):
            assert block[field].split(" ")[-1][:1].isupper(), (key, field, block[field])


def test_every_action_has_flags_and_an_infinitive_in_every_language():
    for key, entry in ACTIONS.items():
        assert isinstance(entry.get("ability"), bool) and isinstance(entry.get("goal"), bool), key
        assert entry["ability"] or entry["goal"], key
        assert entry.get("takes", "thing") in ("thing", "plural"), key
        assert set(entry) <= {"takes", "acts_on", "ability", "goal", "generic", *LANGUAGES}, key
        assert entry.get("generic", True) is True, key
        assert entry.get("acts_on", "companion") == "companion" and ("acts_on" not in entry or "takes" in entry), key
        makes = "inf_made" in entry["en"]
        alone = "inf_alone" in entry["en"]  # an action that takes a thing, told when none is named
        assert not alone or "takes" in entry, key
        for language in LANGUAGES:
            extra = ({"inf_made"} if makes else set()) | ({"inf_alone"} if alone else set())
            assert set(entry[language]) == {"match", "inf"} | extra, (key, language)
            _strings(entry[language], ["inf", *sorted(extra)])
            if alone:
                assert "{" not in entry[language]["inf_alone"], (key, language)
            if makes:
                expected = {"acc_indef"} if language == "de" else {"indef"}
                assert set(PLACEHOLDER.findall(entry[language]["inf_made"])) == expected, (key, language)


def test_placeholders_agree_with_what_the_action_takes():
    for key, entry in ACTIONS.items():
        takes = entry.get("takes")
        for language in LANGUAGES:
            slots = set(PLACEHOLDER.findall(entry[language]["inf"]))
            if takes is None:
                assert not slots and "{" not in entry[language]["inf"], (key, language)
            else:
                allowed = THING_SLOTS if takes == "thing" else PLURAL_SLOTS
                assert slots and slots <= allowed, (key, language, slots)
                if language != "de":
                    assert not slots & {"acc", "dat", "dat_pl"}, (key, language)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_match_words_are_lower_case_dictionary_words(name):
    for key, entry in MODULES[name].items():
        for language in LANGUAGES:
            matches = entry[language]["match"]
            assert isinstance(matches, list) and matches, (key, language)
            assert len(set(matches)) == len(matches), (key, language)
            for match in matches:
                assert isinstance(match, str) and match == match.lower(), (key, language, match)
                assert MATCH_WORD.fullmatch(match), (key, language, match)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_single_word_match_belongs_to_two_concepts(name):
    for language in LANGUAGES:
        owner: dict[str, str] = {}
        for key, entry in MODULES[name].items():
            for match in entry[language]["match"]:
                if " " in match:
                    continue
                folded = fold(match)
                assert owner.setdefault(folded, key) == key, (language, match, owner[folded], key)


def test_every_written_object_form_is_recognised_again():
    """Plurals and German cases lemmatise back to a match word (or are listed themselves)."""
    for key, entry in OBJECTS.items():
        for language in LANGUAGES:
            block = entry[language]
            for field in (*NOUN_FORMS, *GERMAN_CASES):
                if field in block:
                    assert key in _concepts(OBJECTS, block[field], language), (key, language, block[field])


def test_nothing_harmful_is_written():
    harmful = re.compile(r"\b(knife|knives|gun|sword|weapon|bomb|arrow|fire|flame|poison|pill|medicine|"
                         r"lighter|matches|alcohol|beer|wine|cigarette|axe|spear)s?\b")
    for name, vocabulary in MODULES.items():
        for key, entry in vocabulary.items():
            english = " ".join([key, entry.get("draw", ""), entry["en"].get("def", ""), entry["en"].get("inf", ""),
                                *entry["en"]["match"]])
            assert not harmful.search(english.replace("_", " ")), (name, key)


OBJECT_SENTENCES = [
    ("en", "She counted the stars and lost two balloons", {"star", "balloon"}),
    ("en", "the leaves and the teddy bears", {"leaf", "teddy_bear"}),
    ("es", "Las estrellas brillaban sobre los globos", {"star", "balloon"}),
    ("es", "Encontró unas flores y dos llaves", {"flower", "key"}),
    ("fr", "Les étoiles et les cerfs-volants dansaient", {"star", "kite"}),
    ("fr", "Elle a perdu ses bateaux en papier", {"paper_boat"}),
    ("de", "Die Sterne leuchteten über den Luftballons", {"star", "balloon"}),
    ("de", "Er spielte mit seinen Bällen und den Büchern", {"ball", "book"}),
    ("it", "Le stelle brillavano sopra i palloncini", {"star", "balloon"}),
    ("it", "Ha trovato le uova e le conchiglie", {"egg", "shell"}),
]

ACTION_SENTENCES = [
    ("en", "She swims every day", "swim"),
    ("en", "He swam across the lake", "swim"),
    ("en", "Mia flew over the town", "fly"),
    ("en", "He fell asleep at once", "fall_asleep"),
    ("en", "They rode their bikes to school", "ride_bike"),
    ("en", "She talked to the birds", "talk_to"),
    ("en", "He tidied up his room", "tidy_up"),
    ("es", "Nadaba en el mar", "swim"),
    ("es", "Bailaba toda la noche", "dance"),
    ("es", "Se convirtió en pájaro", "turn_into_bird"),
    ("es", "Montaba en bici por el parque", "ride_bike"),
    ("es", "Hablaba con los pájaros", "talk_to"),
    ("fr", "Elle nageait dans le lac", "swim"),
    ("fr", "Il s'endormait vite", "fall_asleep"),
    ("fr", "Elle faisait du vélo", "ride_bike"),
    ("fr", "Il chuchotait des secrets", "whisper"),
    ("fr", "Elle a trouvé la clé", "find"),
    ("de", "Sie schwamm jeden Tag", "swim"),
    ("de", "Er flog über die Stadt", "fly"),
    ("de", "Sie räumte ihr Zimmer auf", "tidy_up"),
    ("de", "Er schlief sofort ein", "fall_asleep"),
    ("de", "Er fuhr Fahrrad im Park", "ride_bike"),
    ("de", "Sie sprach mit den Vögeln", "talk_to"),
    ("it", "Nuotava nel lago", "swim"),
    ("it", "Si addormentava subito", "fall_asleep"),
    ("it", "Andava in bici ogni giorno", "ride_bike"),
    ("it", "Parlava con gli uccelli", "talk_to"),
    ("it", "Ha trovato la chiave", "find"),
]


@pytest.mark.parametrize("language, text, expected", OBJECT_SENTENCES)
def test_inflected_objects_are_found_through_lemmas(language, text, expected):
    assert expected <= _concepts(OBJECTS, text, language)


@pytest.mark.parametrize("language, text, expected", ACTION_SENTENCES)
def test_inflected_actions_are_found_through_lemmas(language, text, expected):
    assert expected in _concepts(ACTIONS, text, language)


@pytest.mark.parametrize("language, inflected, match", [
    ("en", "swims", "swim"), ("en", "swam", "swim"), ("es", "nadaba", "nadar"), ("fr", "nageait", "nager"),
    ("de", "schwamm", "schwimmen"), ("it", "nuotava", "nuotare"), ("it", "stelle", "stella"), ("de", "Sterne", "stern"),
])
def test_the_lemmatizer_brings_inflections_back(language, inflected, match):
    [word] = words(inflected, language)
    assert fold(match) in (word.folded, word.lemma)
    vocabulary = ACTIONS if match in ACTIONS["swim"][language]["match"] else OBJECTS
    assert any(match in entry[language]["match"] for entry in vocabulary.values())
