"""What the safety checker returns: findings and a verdict (plain, JSON-friendly, frozen).

The vocabulary is the one ``content_flags`` accepts (``db/tables.py``): a finding's
``category`` is a ``flag_type``, its ``severity`` a ``severity`` and its ``action`` an
``action_taken``; ``reason_code`` and ``confidence`` fill ``reason_code`` and
``ai_confidence``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# Categories the rule layer can rewrite into something gentle.
REWRITABLE = ("violence", "fear", "isolation", "inappropriate", "medical", "family")
# Categories that are never rewritten: the text is rejected. Graphic violence is
# category "violence" with severity "critical".
REJECTED = ("sexual", "self_harm", "drugs", "hate")
CATEGORIES = REWRITABLE + REJECTED + ("injection",)
SEVERITIES = ("low", "medium", "high", "critical")
ACTIONS = ("filtered", "modified", "rejected", "approved")
VERDICT_ACTIONS = ("approved", "modified", "rejected")
LAYERS = ("rules", "analysis", "ai")
# content_flags.content_type values (kept equal to db.tables.FLAG_CONTENT_TYPES by a test).
FLAG_CONTENT_TYPES = ("story", "prompt", "image", "hero", "event", "scene")

REWRITE_SEVERITY = {
    "violence": "medium", "fear": "low", "isolation": "medium",
    "inappropriate": "medium", "medical": "low", "family": "medium",
}
REJECT_SEVERITY = {"violence": "critical", "sexual": "critical", "self_harm": "critical", "drugs": "high", "hate": "critical"}

REASON_REJECTED = {
    "violence": "GRAPHIC_VIOLENCE",
    "sexual": "SEXUAL_CONTENT",
    "self_harm": "SELF_HARM",
    "drugs": "DRUGS_ALCOHOL",
    "hate": "HATE",
}
PROMPT_INJECTION = "PROMPT_INJECTION"
CONTEXT_ALLOWED = "CONTEXT_ALLOWED"


def rewritten_reason(category: str) -> str:
    """``VIOLENCE_REWRITTEN``, ``FEAR_REWRITTEN``, …"""
    return f"{category.upper()}_REWRITTEN"


def filtered_reason(category: str) -> str:
    return f"{category.upper()}_FILTERED"


def obfuscated_reason(category: str) -> str:
    """A disguised word ("k1ll", "s e x") is rejected, whatever its category."""
    if category in REJECTED:
        return REASON_REJECTED[category]
    return f"{category.upper()}_OBFUSCATED"


@dataclass(frozen=True)
class Finding:
    """One flagged piece of text."""

    category: str
    severity: str
    action: str
    original: str
    replacement: str | None
    confidence: float
    reason_code: str
    layer: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Verdict:
    """The outcome for one text: approved as is, modified (``text`` rewritten) or rejected.

    When rejected, ``text`` is empty: nothing of it should be shown or sent on.
    """

    action: str
    text: str
    findings: list[Finding] = field(default_factory=list)
    reason_codes: list[str] = field(default_factory=list)

    @property
    def rejected(self) -> bool:
        return self.action == "rejected"

    @property
    def approved(self) -> bool:
        return self.action == "approved"

    @property
    def flags(self) -> list[Finding]:
        """The findings worth a ``content_flags`` row (everything but context allowances)."""
        return [f for f in self.findings if f.action != "approved"]

    def to_dict(self) -> dict:
        return {
            "action": self.action,
            "text": self.text,
            "findings": [f.to_dict() for f in self.findings],
            "reason_codes": list(self.reason_codes),
        }
