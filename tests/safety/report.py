"""Confusion tables for the safety corpus: ``uv run python -m tests.safety.report``.

TP: an unsafe case caught (rejected, or rewritten/neutralised so that it passes a
second check); FN: an unsafe case missed; TN: a harmless case approved untouched;
FP: a harmless case rejected or rewritten. ``rej/mod/app`` count the verdicts.

``holdout.jsonl`` (94 cases) was written after the lexicons had been tuned on
``corpus.jsonl`` and run once before any change: that first run caught 48 of 52
unsafe cases (92%; missed: "wanted to kill itself", and "shot the guard and left
him dead" in fr/de/it) and changed 7 of 42 harmless ones (1 rejected, 2.4%:
"wine-coloured roses"; 6 rewritten: foam swords, "schlug die Sahne", "Lo
scoiattolo colpì la nocciola"). Those were then fixed, so today it is a regression
set; the first-run figures are the honest estimate for unseen text.

``redteam.jsonl`` (280 cases, 160 unsafe) was written by a separate author who
had not read the lexicons, with implied harm, slang, grooming, group insults and
disguises. Its first run, before anything was changed for it: 50.0% of unsafe cases
caught by the text check and 9.2% of harmless ones changed (none rejected); sent
through the live API as custom events, 36.9% caught once the finished stories were
read. That run is why the scenarios layer exists; it is a regression set now too.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import defaultdict

from activities.providers.offline.composer import write_story_text
from activities.safety import check_text
from contracts.pace import count_words
from contracts.story import HeroProfile, StoryBrief
from tests.safety.evaluation import CATEGORIES, CORPUS_PATH, LANGUAGES, Outcome, evaluate, load_corpus


def _pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:5.1f}%" if whole else "    -"


def _row(name: str, outcomes: list[Outcome]) -> str:
    unsafe = [o for o in outcomes if o.case["label"] == "unsafe"]
    harmless = [o for o in outcomes if o.case["label"] == "harmless"]
    tp = sum(o.passed for o in unsafe)
    fn = len(unsafe) - tp
    tn = sum(o.passed for o in harmless)
    fp = len(harmless) - tn
    harmless_rejected = sum(o.verdict.rejected for o in harmless)
    actions = defaultdict(int)
    for o in outcomes:
        actions[o.verdict.action] += 1
    return (f"{name:<14}{len(outcomes):>4}{tp:>5}{fn:>4}{tn:>5}{fp:>4}  "
            f"{actions['rejected']:>4}{actions['modified']:>5}{actions['approved']:>5}  "
            f"{_pct(tp, len(unsafe)):>8}{_pct(harmless_rejected, len(harmless)):>9}{_pct(fp, len(harmless)):>9}")


HEADER = (f"{'':<14}{'n':>4}{'TP':>5}{'FN':>4}{'TN':>5}{'FP':>4}  {'rej':>4}{'mod':>5}{'app':>5}  "
          f"{'caught':>8}{'h.rej':>9}{'h.chg':>9}")


def _story_timing(language: str) -> tuple[int, float]:
    brief = StoryBrief(language, 700, 5, HeroProfile("Mia", "brave", "kind"), "space_exploration")
    text = write_story_text(brief).content
    while count_words(text) < 1300:
        text += "\n\n" + text
    words = text.split(" ")
    while count_words(" ".join(words)) > 1320:
        words = words[:-10]
    text = " ".join(words)
    check_text(text, language)
    timings = []
    for _ in range(9):
        start = time.perf_counter()
        check_text(text, language)
        timings.append(time.perf_counter() - start)
    return count_words(text), 1000 * statistics.median(timings)


# Sets written after tuning, with what their first run measured (see the docstring).
REGRESSION_SETS = (
    ("holdout.jsonl", "first run before fixes: unsafe caught 92.3%, harmless rejected 2.4%, changed 16.7%"),
    ("redteam.jsonl", "independent author; first run before fixes: unsafe caught 50.0%, harmless rejected 0.0%, "
                      "changed 9.2%"),
)


def main() -> int:
    corpus = load_corpus()
    outcomes = [evaluate(case) for case in corpus]
    print(f"Safety corpus: {len(corpus)} cases "
          f"({sum(c['label'] == 'unsafe' for c in corpus)} unsafe, {sum(c['label'] == 'harmless' for c in corpus)} harmless)")
    print("caught = unsafe cases rejected or neutralised; h.rej = harmless rejected; h.chg = harmless not left untouched\n")
    print("Per language")
    print(HEADER)
    for language in LANGUAGES:
        print(_row(language, [o for o in outcomes if o.case["language"] == language]))
    print(_row("all", outcomes))
    print("\nPer category")
    print(HEADER)
    for category in CATEGORIES:
        group = [o for o in outcomes if o.case["category"] == category]
        if group:
            print(_row(category, group))
    regression: list[Outcome] = []
    for name, first_run in REGRESSION_SETS:
        group = [evaluate(case) for case in load_corpus(CORPUS_PATH.with_name(name))]
        regression += group
        print(f"\n{name} (regression; {first_run})")
        print(HEADER)
        for language in LANGUAGES:
            print(_row(language, [o for o in group if o.case["language"] == language]))
        print(_row("all", group))
    misses = [o for o in outcomes + regression if not o.passed]
    if misses:
        print("\nNot as expected:")
        for o in misses:
            print(f"  {o.case['id']} [{o.case['category']}] {o.case['text']!r}: {o.why}")
    print("\nSpeed (median of 9, warm): check_text on a story of about 1,300 words")
    for language in LANGUAGES:
        words, ms = _story_timing(language)
        print(f"  {language}: {words} words, {ms:.1f} ms")
    unsafe = [o for o in outcomes if o.case["label"] == "unsafe"]
    harmless = [o for o in outcomes if o.case["label"] == "harmless"]
    print(f"\nOverall: unsafe caught {_pct(sum(o.passed for o in unsafe), len(unsafe)).strip()}, "
          f"harmless rejected {_pct(sum(o.verdict.rejected for o in harmless), len(harmless)).strip()}, "
          f"harmless changed {_pct(sum(not o.passed for o in harmless), len(harmless)).strip()}")
    return 0 if not misses else 1


if __name__ == "__main__":
    sys.exit(main())
