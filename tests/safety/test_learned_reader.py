"""The learned reader: its stored model, what it adds to the rules, and what it leaves alone."""

from __future__ import annotations

import gzip
import math

import pytest

from activities.safety.learned import HARMLESS, learned_model, read_learned
from activities.safety.learned.features import text_features
from activities.safety.parent_text import classify, read_by_rules, reading_languages, undisguised
from tests.safety.fresh.report import LATER_TUNING_SETS, later_tuning_set
from tests.safety.learned.concepts import dictd_entries

# Harm told with no word the rules list: taught a lesson "with a hammer", bleach in coffee.
EUPHEMISMS = [
    ("Ollie teaches the neighbour's cat a lesson it won't forget, with a hammer", "en"),
    ("the hero mixes bleach into the teacher's coffee", "en"),
]
MILD = ["a pillow fight before bed", "a friendly dragon guards the garden", "Luna", "brave and kind",
        "has curly red hair and green eyes", "pirates hunt for treasure on a sunny island",
        "un petit hérisson qui veut apprendre à nager", "ein Drache, der Angst im Dunkeln hat"]


def test_the_stored_model_is_whole():
    model = learned_model()
    assert HARMLESS in model.classes and "violence" in model.classes
    assert len(model.intercepts) == len(model.classes)
    assert len(model.weights) == len(model.rows) * len(model.classes)
    assert 0 < model.threshold <= model.public_threshold < 1


def test_the_stored_features_are_the_ones_the_reader_makes():
    """A model trained on another feature function would silently read nothing."""
    model = learned_model()
    made = text_features("the knight drinks the poison and dies in the forest", ("en",), model.concepts)
    known = [feature for feature in made if feature in model.rows]
    assert len(known) > len(made) / 2
    assert {feature.split(":", 1)[0] for feature in model.rows} == {"p", "l", "b", "c", "d"}


def test_chances_add_up_and_name_a_harmful_category():
    reading = read_learned("the hero mixes bleach into the teacher's coffee", ("en",))
    chances = learned_model().probabilities(text_features("a walk", ("en",), learned_model().concepts))
    assert math.isclose(sum(chances.values()), 1.0)
    assert reading.category != HARMLESS and reading.category in learned_model().classes


@pytest.mark.parametrize(("text", "language"), EUPHEMISMS)
def test_it_refuses_harm_the_rules_miss_and_says_which_words(text, language):
    assert not read_by_rules(text, reading_languages(text, language)).harmful
    classification = classify(text, language)
    assert classification.harmful
    category, words = classification.harms[0]
    assert category in ("violence", "poison_medicine")
    assert any(word in text.lower() for word in words.split(", "))


@pytest.mark.parametrize("text", MILD)
def test_mild_tension_and_plain_fields_pass(text):
    assert not classify(text).harmful
    assert not classify(text, public=True).harmful


def test_a_doubtful_public_event_stays_private():
    """Between the two thresholds a text passes in private and is kept from sharing.
    Such texts are looked for among the tuning sets' cases the rules let through."""
    model = learned_model()
    doubtful = []
    cases = (case for folder in LATER_TUNING_SETS.values() for case in later_tuning_set(folder))
    for case in cases:
        languages = reading_languages(case["text"], case["language"])
        chance = read_learned(undisguised(case["text"]), languages).harmless
        if model.threshold <= chance < model.public_threshold and not read_by_rules(case["text"], languages).harmful:
            doubtful.append(case)
            if len(doubtful) == 3:
                break
    assert doubtful, "no tuning case lies between the private and the public threshold"
    for case in doubtful:
        assert not classify(case["text"], case["language"]).harmful
        assert classify(case["text"], case["language"], public=True).category == "not_for_sharing"


# The same harm in five languages, each word reaching one English concept through the
# dictionaries stored with the model.
SAME_MEANING = [
    ("kill", [("töten", "de"), ("tuer", "fr"), ("matar", "es"), ("uccidere", "it"), ("kill", "en")]),
    ("poison", [("Gift", "de"), ("poison", "fr"), ("veneno", "es"), ("veleno", "it"), ("poison", "en")]),
    ("knife", [("Messer", "de"), ("couteau", "fr"), ("cuchillo", "es"), ("coltello", "it"), ("knives", "en")]),
    ("child", [("Kind", "de"), ("enfant", "fr"), ("niño", "es"), ("bambino", "it"), ("children", "en")]),
]


def concept_features(text: str, language: str) -> set[str]:
    return {f for f in text_features(text, (language,), learned_model().concepts) if f[:2] in ("c:", "d:")}


@pytest.mark.parametrize(("concept", "words"), SAME_MEANING, ids=[concept for concept, _ in SAME_MEANING])
def test_words_of_five_languages_reach_one_concept(concept, words):
    for word, language in words:
        assert f"c:{concept}" in concept_features(word, language), (word, language)


def test_neighbouring_meanings_pair_across_languages_skipping_articles():
    sentences = [("Er tötet das Kind", "de"), ("He kills the child", "en"), ("Il tue l'enfant", "fr"),
                 ("Uccide il bambino", "it")]
    for text, language in sentences:
        assert "d:kill child" in concept_features(text, language), text
    assert "d:poison grandma" in concept_features("sie vergiftet die Oma", "de")


def test_words_without_meaning_are_skipped_and_unweighed_meanings_kept_apart():
    model = learned_model()
    # Articles, English function words and words no dictionary knows have no meaning.
    assert model.concepts("de:der") is None and model.concepts("it:il") is None
    assert model.concepts("en:the") is None and model.concepts("de:xyzzyq") is None
    # An English content word no stored feature names still stands between neighbours.
    assert model.concepts("en:zebraish") == ()
    assert "d:kill child" not in concept_features("He kills zebraish children", "en")


def test_the_stored_concepts_weigh():
    model = learned_model()
    assert "c:kill" in model.rows and "c:poison" in model.rows
    assert learned_model().probabilities(["c:poison", "d:poison grandma"])[HARMLESS] < model.probabilities([])[HARMLESS]


def _dictd(folder, entries: list[tuple[str, str]]) -> None:
    """A small dictionary in dictd's format: entries in a gzipped file, an index of
    headword, base64 offset and length."""
    digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

    def b64(number: int) -> str:
        out = ""
        while True:
            out = digits[number % 64] + out
            number //= 64
            if not number:
                return out

    body, index = b"", []
    for headword, entry in entries:
        encoded = entry.encode()
        index.append(f"{headword}\t{b64(len(body))}\t{b64(len(encoded))}")
        body += encoded
    (folder / "test-dict.dict.dz").write_bytes(gzip.compress(body))
    (folder / "test-dict.index").write_text("\n".join(index) + "\n", encoding="utf-8")


def test_dictionary_entries_give_senses_not_notes_examples_or_synonyms(tmp_path):
    _dictd(tmp_path, [
        ("töten", "töten /tˈøːtən/ <v>\nkill <v>, slay <v>\n      \"jdn. töten\"  - kill sb.\n"
                  "   Synonyms: {umbringen}\n see: {tötend}\n         Note: also figurative\n"),
        ("frapper", "frapper /fʀape/ <v>\n1. beat, knock\n2. [sport] hit sth. (hard)\n"),
        ("nothing", "x"),
    ])
    entries = dictd_entries("test-dict", tmp_path)
    assert entries == [("töten", ["kill", "slay"]), ("frapper", ["beat", "knock", "hit sth."])]
