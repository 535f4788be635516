"""The learned reader: its stored model, what it adds to the rules, and what it leaves alone."""

from __future__ import annotations

import math

import pytest

from activities.safety.learned import HARMLESS, learned_model, read_learned
from activities.safety.learned.features import text_features
from activities.safety.parent_text import classify, read_by_rules, reading_languages, undisguised
from tests.safety.fresh.report import LATER_TUNING_SETS, later_tuning_set

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
    made = text_features("the knight drinks the poison and dies in the forest", ("en",))
    known = [feature for feature in made if feature in model.rows]
    assert len(known) > len(made) / 2
    assert {feature.split(":", 1)[0] for feature in model.rows} == {"p", "l", "b"}


def test_chances_add_up_and_name_a_harmful_category():
    reading = read_learned("the hero mixes bleach into the teacher's coffee", ("en",))
    chances = learned_model().probabilities(text_features("a walk", ("en",)))
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
    Such texts are looked for among the tuning set's cases the rules let through."""
    model = learned_model()
    doubtful = []
    for case in later_tuning_set(LATER_TUNING_SETS["fourth tuning set"]):
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
