"""Trains the learned reader on the tuning sets: ``uv run python -m tests.safety.learned.train``.

Reads only tuning data: the fresh set's tuning half, the later tuning sets (the report's
``TUNING_SET_FOLDERS``), the red-team set and sentences of the offline composer's own
stories (plain harmless text, so ordinary words are not learned as harm). The fresh set's
held-out half and the evaluation set (tests/safety/fresh5) are never read here.

Concepts (each word's English translations, tests/safety/learned/concepts.py) are read
from Debian's FreeDict dictionaries; ``--translations 0`` leaves them out.

Picks the regularisation and the two thresholds by grouped cross-validation: a
scenario told in five languages sits in one fold, so a fold is judged on situations
it never saw. The thresholds are the highest chance of "harmless" below which the
model alone refuses at most TARGET_REFUSED of the harmless cases (the public one
allows more: an ambiguous event stays private). The model alone, because the rules
were tuned on these same sets: together with them the figures are in-sample. Writes
``activities/safety/learned/model.json.gz`` and prints the cross-validated figures.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import marisa_trie
import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from activities.providers.offline.composer import write_story_text
from activities.safety.learned import HARMLESS, MODEL_PATH
from activities.safety.learned.features import Concepts, text_features
from activities.safety.parent_text import read_by_rules, reading_languages, undisguised
from contracts.story import HeroProfile, StoryBrief
from contracts.vocabulary import BUILT_IN_EVENTS, LANGUAGES
from tests.safety.fresh.report import TUNING_SET_FOLDERS
from tests.safety.fresh.split import half
from tests.safety.learned.concepts import TRANSLATIONS_PER_WORD, concept_map, concepts_of, stored_concepts

SAFETY_TESTS = Path(__file__).resolve().parents[1]
# Older sets name some categories by the rule layer's themes.
CATEGORY_NAMES = {"drugs": "drugs_alcohol", "family": "abandonment", "isolation": "abandonment",
                  "fear": "horror", "medical": "poison_medicine", "inappropriate": "insult",
                  "weapons": "violence"}
TARGET_REFUSED = 0.015
TARGET_REFUSED_PUBLIC = 0.06
PLAIN_PER_LANGUAGE = 200
# Weights smaller than this change no decision; leaving them out keeps the file small.
SMALLEST_WEIGHT = 0.01
SCALE = 1000
# A feature seen in a single training text is that text's fingerprint, not a pattern.
LEAST_SEEN = 2


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def labelled_cases() -> list[dict]:
    cases = [dict(case, group=f"fresh:{case['id'].rsplit('-', 1)[1]}") for case in half("tuning")]
    for name in TUNING_SET_FOLDERS:
        for language in LANGUAGES:
            path = SAFETY_TESTS / name / f"{language}.jsonl"
            if path.exists():
                cases += [dict(case, group=f"{name}:{case['id'].rsplit('-', 1)[1]}") for case in _jsonl(path)]
    cases += [dict(case, group=case["id"]) for case in _jsonl(SAFETY_TESTS / "redteam.jsonl")]
    return cases


def composed_sentences() -> list[dict]:
    """Plain harmless sentences of the offline composer's own stories, per language."""
    hero = HeroProfile(name="Lola", primary_trait="brave", secondary_trait="kind",
                       appearance="curly hair and a yellow raincoat", special_ability="talks to the wind")
    picked: list[dict] = []
    for language in LANGUAGES:
        sentences: dict[str, None] = {}
        for event in BUILT_IN_EVENTS:
            for seed in (1, 2):
                story = write_story_text(StoryBrief(language, 120, seed, hero, event))
                for sentence in story.content.replace("\n", " ").split(". "):
                    if 3 <= len(sentence.split()) <= 40:
                        sentences[sentence.strip()] = None
        chosen = random.Random(f"plain|{language}").sample(sorted(sentences), min(PLAIN_PER_LANGUAGE, len(sentences)))
        picked += [{"id": f"plain-{language}-{i}", "language": language, "text": text, "label": "harmless",
                    "kind": "plain", "category": "harmless", "group": f"plain:{language}:{i}"}
                   for i, text in enumerate(chosen)]
    return picked


def target(case: dict) -> str:
    if case["label"] == "harmless":
        return HARMLESS
    return CATEGORY_NAMES.get(case["category"], case["category"])


def features(case: dict, concepts: Concepts) -> dict[str, int]:
    languages = reading_languages(case["text"], None)
    return dict.fromkeys(text_features(undisguised(case["text"]), languages, concepts), 1)


def rules_refuse(case: dict) -> bool:
    return read_by_rules(case["text"], reading_languages(case["text"], None)).harmful


def highest_threshold(chances: np.ndarray, harmless: np.ndarray, allowed: float) -> float:
    """The largest chance-of-harmless threshold at which the model refuses at most
    `allowed` of the harmless cases."""
    best = 0.0
    for threshold in np.linspace(0.0, 0.95, 191):
        refused = (chances < threshold)[harmless].mean()
        if refused <= allowed:
            best = float(threshold)
    return best


def report(name: str, cases: list[dict], refused: np.ndarray) -> None:
    groups: dict[str, list[int]] = defaultdict(list)
    for index, case in enumerate(cases):
        groups[f"lang {case['language']}"].append(index)
        groups["all"].append(index)
    print(f"## {name}")
    for key in [f"lang {code}" for code in LANGUAGES] + ["all"]:
        unsafe = [i for i in groups[key] if cases[i]["label"] == "unsafe"]
        harmless = [i for i in groups[key] if cases[i]["label"] == "harmless"]
        print(f"{key:<10} unsafe {len(unsafe):>5} stopped {100 * refused[unsafe].mean():5.1f}%   "
              f"harmless {len(harmless):>5} refused {100 * refused[harmless].mean():5.1f}%")


def report_categories(cases: list[dict], refused: np.ndarray) -> None:
    by_category: dict[str, list[int]] = defaultdict(list)
    for index, case in enumerate(cases):
        if case["label"] == "unsafe":
            by_category[target(case)].append(index)
    print("unsafe stopped per category:")
    for category in sorted(by_category):
        indices = by_category[category]
        print(f"  {category:<18} {len(indices):>5} stopped {100 * refused[indices].mean():5.1f}%")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, nargs="*", default=[1.0])
    parser.add_argument("--translations", type=int, default=TRANSLATIONS_PER_WORD,
                        help="English concepts kept per word; 0 reads no dictionary")
    parser.add_argument("--no-fit", action="store_true",
                        help="print the cross-validated figures only; leave the stored model as it is")
    args = parser.parse_args(argv)
    cases = labelled_cases() + composed_sentences()
    labels = np.array([target(case) for case in cases])
    groups = np.array([case["group"] for case in cases])
    harmless = labels == HARMLESS
    # Thresholds are set on harmless texts parents wrote, not on the composer's easy sentences.
    written_harmless = harmless & np.array([not case["group"].startswith("plain:") for case in cases])
    print(f"{len(cases)} cases: {int((~harmless).sum())} unsafe, {int(harmless.sum())} harmless")
    mapping = concept_map(args.translations) if args.translations else {}
    concepts = concepts_of(mapping)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([features(case, concepts) for case in cases])
    print(f"{matrix.shape[1]} features, {sum(name.startswith('c:') for name in vectorizer.feature_names_)} concepts, "
          f"{len(mapping)} words with concepts in the dictionaries")
    by_rules = np.array([rules_refuse(case) for case in cases])
    best = None
    for c in args.c:
        chances = np.zeros(len(cases))
        for train, test in GroupKFold(n_splits=5).split(matrix, labels, groups):
            model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
            model.fit(matrix[train], labels[train])
            harmless_column = list(model.classes_).index(HARMLESS)
            chances[test] = model.predict_proba(matrix[test])[:, harmless_column]
        threshold = highest_threshold(chances, written_harmless, TARGET_REFUSED)
        refused = chances < threshold
        recall = refused[~harmless].mean()
        print(f"C={c}: threshold {threshold:.3f}, model alone cross-validated: stopped {100 * recall:.1f}%, "
              f"harmless refused {100 * refused[harmless].mean():.1f}%")
        if best is None or recall > best[0]:
            best = (recall, c, threshold, chances)
    _, c, threshold, chances = best
    public_threshold = max(threshold, highest_threshold(chances, written_harmless, TARGET_REFUSED_PUBLIC))
    print(f"\nchosen C={c}, threshold {threshold:.3f}, public threshold {public_threshold:.3f}")
    report("learned reader alone, cross-validated", cases, chances < threshold)
    report_categories(cases, chances < threshold)
    report("rules alone (in-sample: tuned on these sets)", cases, by_rules)
    report("both (in-sample through the rules)", cases, by_rules | (chances < threshold))
    # The newest tuning set had not been seen by whoever wrote the rules: on it, both
    # readers meet text they were not tuned on (the model's figures are out-of-fold).
    newest = [i for i, case in enumerate(cases) if case["group"].startswith(f"{TUNING_SET_FOLDERS[-1]}:")]
    if newest:
        subset = [cases[i] for i in newest]
        report(f"{TUNING_SET_FOLDERS[-1]}: rules alone (unseen by the rules)", subset, by_rules[newest])
        report(f"{TUNING_SET_FOLDERS[-1]}: both, out-of-fold", subset, (by_rules | (chances < threshold))[newest])
    if args.no_fit:
        return 0
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    seen_in = np.asarray((matrix > 0).sum(axis=0)).ravel()
    kept = (seen_in >= LEAST_SEEN) & (np.abs(model.coef_).max(axis=0) >= SMALLEST_WEIGHT)
    weights = dict(zip((str(name) for name in names[kept]),
                       np.clip(np.round(model.coef_[:, kept].T * SCALE), -32767, 32767).astype("<i2")))
    # The reader finds a feature's row by the number the trie gives its name.
    rows = marisa_trie.Trie(weights)
    table = np.zeros((len(rows), len(model.classes_)), dtype="<i2")
    for name, row in weights.items():
        table[rows[name]] = row
    stored = {"classes": [str(name) for name in model.classes_], "intercepts": [float(v) for v in model.intercept_],
              "scale": SCALE, "threshold": round(threshold, 3), "public_threshold": round(public_threshold, 3),
              "features": base64.b64encode(rows.tobytes()).decode("ascii"),
              "weights": base64.b64encode(table.tobytes()).decode("ascii"), **stored_concepts(mapping, weights)}
    with gzip.open(MODEL_PATH, "wt", encoding="utf-8", compresslevel=9) as out:
        json.dump(stored, out, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size // 1024} KiB, {len(weights)} features, "
          f"{sum(name[:2] in ('c:', 'd:') for name in weights)} of them concepts or their pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
