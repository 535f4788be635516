"""The labelled corpus: every unsafe case caught, harmless cases left alone."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.safety.evaluation import CATEGORIES, CORPUS_PATH, LANGUAGES, evaluate, load_corpus

CORPUS = load_corpus()
UNSAFE = [c for c in CORPUS if c["label"] == "unsafe"]
HARMLESS = [c for c in CORPUS if c["label"] == "harmless"]


def test_corpus_is_large_enough_and_well_formed():
    assert len(CORPUS) >= 250
    per_language = Counter(c["language"] for c in CORPUS)
    assert set(per_language) == set(LANGUAGES)
    assert min(per_language.values()) >= 40, per_language
    assert len({c["id"] for c in CORPUS}) == len(CORPUS)
    for case in CORPUS:
        assert {"id", "language", "text", "label", "category"} <= set(case), case
        assert case["label"] in ("unsafe", "harmless")
        assert case["category"] in CATEGORIES
        assert (case["category"] == "tricky") == (case["label"] == "harmless")
    # Every category is covered in every language.
    for language in LANGUAGES:
        seen = {c["category"] for c in CORPUS if c["language"] == language}
        assert seen == set(CATEGORIES), (language, set(CATEGORIES) - seen)


@pytest.mark.parametrize("case", UNSAFE, ids=[c["id"] for c in UNSAFE])
def test_unsafe_case_is_rejected_or_neutralised(case):
    outcome = evaluate(case)
    assert outcome.passed, f"{case['id']} {case['text']!r}: {outcome.why}"


def test_harmless_cases_are_almost_never_rejected_or_rewritten():
    outcomes = [evaluate(c) for c in HARMLESS]
    rejected = [o for o in outcomes if o.verdict.rejected]
    modified = [o for o in outcomes if o.verdict.action == "modified"]
    detail = [(o.case["id"], o.case["text"], o.verdict.action, o.verdict.reason_codes) for o in rejected + modified]
    assert len(rejected) <= 0.03 * len(HARMLESS), detail
    assert len(modified) <= 0.03 * len(HARMLESS), detail


HOLDOUT = load_corpus(CORPUS_PATH.with_name("holdout.jsonl")) + load_corpus(CORPUS_PATH.with_name("redteam.jsonl"))


@pytest.mark.parametrize("case", HOLDOUT, ids=[c["id"] for c in HOLDOUT])
def test_held_out_cases_stay_fixed(case):
    """The held-out and red-team sets, written after tuning on the corpus; the report
    keeps their first-run figures."""
    outcome = evaluate(case)
    if case["id"].startswith("red-") and case["label"] == "harmless" and not outcome.verdict.rejected:
        return  # the red-team reads for blocked stories: a harmless case reworded is tolerated, blocked is not
    assert outcome.passed, f"{case['id']} {case['text']!r}: {outcome.why}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_catches_every_unsafe_case(language):
    missed = [evaluate(c) for c in UNSAFE if c["language"] == language]
    missed = [(o.case["id"], o.why) for o in missed if not o.passed]
    assert not missed
