"""The policy for text a provider wrote (title, story): checked, and either used with
mild fear words swapped ("scary" → "surprising") or sent back to be written again.

Only fear vocabulary may be swapped: any other rewrite the rule layer would make
means the draft tells something it should not, and a word swap would keep the
scene. A swapped text is read again for meaning, on lemmas, before it is used.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from activities.safety.meaning.reader import read_harms
from activities.safety.moderator import moderate
from activities.safety.parent_text import CATEGORIES
from activities.safety.verdicts import Finding, Verdict

SWAPPABLE = ("fear",)


@dataclass(frozen=True)
class Review:
    verdict: Verdict  # for content_flags
    text: str  # the text to use when nothing failed
    failures: list[Finding] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


def review_generated(text: str, language: str, analysis: bool = True) -> Review:
    verdict, _ = moderate(text, language, "story", analysis)
    failures = [f for f in verdict.flags if f.action == "rejected" or f.category not in SWAPPABLE]
    if not failures:
        failures = [
            Finding(CATEGORIES[harm.category].flag_type, "high", "rejected", harm.text, None, 0.8,
                    CATEGORIES[harm.category].reason, "rules")
            for harm in read_harms(verdict.text, language)
        ]
    return Review(verdict, verdict.text, failures)
