"""Every family in ``tests/unit/meaning_families``: harm found, the same words in
everyday sentences passed (see that package for the data's shape)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

from activities.language.lemmas import LANGUAGES
from activities.safety.meaning.reader import read_harms
from activities.safety.parent_text import read_by_rules
from tests.unit import meaning_families


def _cases(name: str) -> list:
    """`name`'s cases of every module, each with its language first: the module's own
    (``de_s9``), or the case's where the module is not one language's (``grammar_s9``)."""
    found = []
    for module_info in pkgutil.iter_modules(meaning_families.__path__):
        module = importlib.import_module(f"{meaning_families.__name__}.{module_info.name}")
        language = module_info.name.split("_")[0]
        for case in getattr(module, name, []):
            if language not in LANGUAGES:
                found.append(case)
            else:
                found.append((language, *case) if isinstance(case, tuple) else (language, case))
    return found


@pytest.mark.parametrize(("language", "text", "category"), _cases("HARMFUL"))
def test_harm_told_in_other_words_is_found(language: str, text: str, category: str) -> None:
    assert category in {harm.category for harm in read_harms(text, language)}


@pytest.mark.parametrize(("language", "text"), _cases("HARMLESS"))
def test_the_same_words_in_everyday_sentences_pass(language: str, text: str) -> None:
    assert read_harms(text, language) == []


@pytest.mark.parametrize(("language", "text"), _cases("RULE_LAYERS_HARMLESS"))
def test_every_rule_layer_passes_the_everyday_sentence(language: str, text: str) -> None:
    assert read_by_rules(text, (language,)).harms == []


@pytest.mark.parametrize(("language", "text", "category"), _cases("RULE_LAYERS_HARMFUL"))
def test_the_rule_layers_still_refuse_the_harmful_use(language: str, text: str, category: str) -> None:
    assert category in {category for category, _ in read_by_rules(text, (language,)).harms}
