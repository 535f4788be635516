"""Running the labelled corpus through the checker: shared by the tests and the report.

A case passes when:

* harmless: the verdict is "approved" (the text is left exactly as it was);
* unsafe, in a category that is always rejected (sexual, self-harm, drugs, hate),
  or marked ``"expect": "rejected"`` (graphic violence, disguised words): the
  verdict is "rejected";
* unsafe, injection: rejected, or neutralised (an injection finding, nothing left
  to neutralise, and the cleaned text passes a second check);
* unsafe, in a rewritable category: rejected, or rewritten so that none of the
  flagged words (nor the case's ``must_not_appear`` phrases) remain and the
  rewritten text is approved when checked again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from activities.safety import check_text, neutralize_injection
from activities.safety.text import TOKEN, fold
from activities.safety.verdicts import REJECTED, Verdict

CORPUS_PATH = Path(__file__).with_name("corpus.jsonl")
LANGUAGES = ("en", "es", "fr", "de", "it")
CATEGORIES = ("violence", "fear", "isolation", "inappropriate", "medical", "family",
              "sexual", "self_harm", "drugs", "hate", "injection", "tricky")


def load_corpus(path: Path = CORPUS_PATH) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _words(text: str) -> str:
    return " " + " ".join(fold(w) for w in TOKEN.findall(text)) + " "


def still_contains(text: str, phrase: str) -> bool:
    """Whether the words of ``phrase`` still appear, in order, as words of ``text``."""
    needle = _words(phrase)
    return needle.strip() != "" and needle in _words(text)


@dataclass(frozen=True)
class Outcome:
    case: dict
    verdict: Verdict
    recheck: Verdict | None
    passed: bool
    why: str

    @property
    def must_reject(self) -> bool:
        return must_reject(self.case)


def must_reject(case: dict) -> bool:
    return case["label"] == "unsafe" and (case["category"] in REJECTED or case.get("expect") == "rejected")


def evaluate(case: dict) -> Outcome:
    language = case["language"]
    verdict = check_text(case["text"], language)
    if case["label"] == "harmless":
        ok = verdict.action == "approved"
        return Outcome(case, verdict, None, ok, "" if ok else f"{verdict.action}: {verdict.reason_codes}")
    if must_reject(case):
        ok = verdict.rejected
        return Outcome(case, verdict, None, ok, "" if ok else f"expected rejected, got {verdict.action}: {verdict.text!r}")
    if verdict.rejected:
        return Outcome(case, verdict, None, True, "")
    if verdict.action == "approved":
        return Outcome(case, verdict, None, False, "approved an unsafe text")
    recheck = check_text(verdict.text, language)
    if case["category"] == "injection":
        injected = any(f.category == "injection" for f in verdict.findings)
        left = neutralize_injection(verdict.text)[1]
        ok = injected and not left and recheck.action == "approved"
        return Outcome(case, verdict, recheck, ok, "" if ok else f"not neutralised: {verdict.text!r} / {recheck.action}")
    left = [f.original for f in verdict.findings
            if f.action in ("modified", "filtered") and still_contains(verdict.text, f.original)]
    # What an outside reader would look for in the finished story, when the case names it.
    left += [phrase for phrase in case.get("must_not_appear", []) if still_contains(verdict.text, phrase)]
    ok = not left and recheck.action == "approved"
    why = "" if ok else f"rewritten {verdict.text!r}, left {left}, recheck {recheck.action} {recheck.reason_codes}"
    return Outcome(case, verdict, recheck, ok, why)
