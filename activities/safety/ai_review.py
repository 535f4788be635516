"""The AI layer's answers turned into findings (pure; the calls live in a provider).

Two kinds of answer, both from seed 000's "AI-Powered Content Analysis":

* the moderation endpoint's per-category scores, judged against per-category
  thresholds set far lower than the endpoint's own "flagged" line, because the
  audience is four to ten years old;
* a structured analysis (``is_appropriate``, ``confidence``, ``concerns``,
  ``suggested_modifications``) that reads a whole text for what words alone do not
  say: implied harm, menace, a child left alone.

The AI layer only ever adds rejections: what the rules could rewrite has been
rewritten before it runs, so what it still objects to cannot be made gentle by
swapping words.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from activities.safety.verdicts import REASON_REJECTED, REJECT_SEVERITY, REWRITABLE, Finding, Verdict

# Moderation category -> (our category, the score from which it is rejected).
MODERATION_THRESHOLDS: dict[str, tuple[str, float]] = {
    "sexual": ("sexual", 0.20),
    "sexual/minors": ("sexual", 0.01),
    "self-harm": ("self_harm", 0.20),
    "self-harm/intent": ("self_harm", 0.10),
    "self-harm/instructions": ("self_harm", 0.10),
    "hate": ("hate", 0.30),
    "hate/threatening": ("hate", 0.10),
    "harassment": ("inappropriate", 0.60),
    "harassment/threatening": ("violence", 0.30),
    # A knight facing a dragon scores as violence; only a strong score is menace.
    "violence": ("violence", 0.85),
    "violence/graphic": ("violence", 0.25),
    "illicit": ("drugs", 0.40),
    "illicit/violent": ("violence", 0.20),
}
# An "inappropriate" verdict from the structured analysis counts from this confidence.
ANALYSIS_MIN_CONFIDENCE = 0.6
ANALYSIS_CATEGORIES = REWRITABLE + tuple(c for c in REASON_REJECTED if c not in REWRITABLE)
# How much of an offending text a content_flags row keeps.
ORIGINAL_EXCERPT = 500


def parse_thresholds(raw: str | None) -> dict[str, float]:
    """STORYLOOM_MODERATION_THRESHOLDS: a JSON object of moderation category -> score."""
    defaults = {name: threshold for name, (_, threshold) in MODERATION_THRESHOLDS.items()}
    if not raw:
        return defaults
    configured = json.loads(raw)
    if not isinstance(configured, dict):
        raise ValueError("STORYLOOM_MODERATION_THRESHOLDS must be a JSON object")
    for name, value in configured.items():
        if name not in MODERATION_THRESHOLDS:
            raise ValueError(f"unknown moderation category {name!r}; expected one of {sorted(MODERATION_THRESHOLDS)}")
        if not isinstance(value, (int, float)) or not 0 < value <= 1:
            raise ValueError(f"threshold for {name!r} must be a number in (0, 1], not {value!r}")
    return {**defaults, **{name: float(value) for name, value in configured.items()}}


@dataclass(frozen=True)
class ContentAnalysis:
    """Seed 000's ``ContentAnalysis``, plus which of our categories the concerns fall under."""

    is_appropriate: bool
    confidence: float
    concerns: list[str] = field(default_factory=list)
    suggested_modifications: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)


def _rejection(category: str, original: str, confidence: float, modified: str | None = None) -> Finding:
    severity = REJECT_SEVERITY.get(category, "high")
    reason = REASON_REJECTED.get(category, f"{category.upper()}_UNSUITABLE")
    return Finding(category, severity, "rejected", original[:ORIGINAL_EXCERPT], modified, round(confidence, 3),
                   reason, "ai")


def moderation_findings(text: str, scores: dict[str, float], thresholds: dict[str, float]) -> list[Finding]:
    """One rejection per category whose score reaches its threshold (the highest score wins)."""
    worst: dict[str, float] = {}
    for name, score in scores.items():
        if name in MODERATION_THRESHOLDS and score >= thresholds[name]:
            category = MODERATION_THRESHOLDS[name][0]
            worst[category] = max(worst.get(category, 0.0), score)
    return [_rejection(category, text, score) for category, score in worst.items()]


def analysis_findings(text: str, analysis: ContentAnalysis) -> list[Finding]:
    if analysis.is_appropriate or analysis.confidence < ANALYSIS_MIN_CONFIDENCE:
        return []
    categories = [c for c in analysis.categories if c in ANALYSIS_CATEGORIES] or ["inappropriate"]
    advice = "; ".join(analysis.suggested_modifications) or None
    return [_rejection(category, text, analysis.confidence, advice) for category in dict.fromkeys(categories)]


def rejection_verdict(findings: list[Finding]) -> Verdict:
    """The verdict for AI findings: rejected if any rejects, else approved as is."""
    reasons = list(dict.fromkeys(f.reason_code for f in findings if f.action == "rejected"))
    return Verdict("rejected" if reasons else "approved", "", findings, reasons)
