"""One safety check for every activity that lets text through: the offline layers
(rules, then the analyser), then, with an AI reviewer configured and
ENABLE_AI_CONTENT_FILTERING on, the moderation endpoint and the structured
analysis. Every decision is recorded in content_flags for operators."""

from __future__ import annotations

from activities.providers import ContentReviewer
from activities.providers.errors import content_policy_violation
from activities.safety import Verdict, check_text
from activities.safety.ai_review import analysis_findings, moderation_findings, parse_thresholds, rejection_verdict
from activities.safety.parent_text import Classification, classify
from activities.safety.verdicts import CONTEXT_ALLOWED, Finding
from db.tables import ContentFlags, Stories


def worth_reading(finding: Finding) -> bool:
    """A context allowance ("nothing frightening" in our own picture style, a scary
    noise that turns out to be an owl) is the checker reading correctly, not a decision:
    it would bury the decisions under the project's own words."""
    return finding.reason_code != CONTEXT_ALLOWED


async def record_flags(content_id: str, content_type: str, verdict: Verdict, user_id: str | None = None) -> None:
    """One content_flags row per decision, once: a check that runs again (its activity
    retried after a provider error, the same text checked by a later step) finds its
    decision already there and adds nothing. Approved texts leave none."""
    findings = [finding for finding in verdict.findings if worth_reading(finding)]
    if not findings:
        return
    if user_id is None:
        story = await Stories.select(Stories.user_id).where(Stories.id == content_id).first()
        user_id = story["user_id"] if story else None
    for finding in dict.fromkeys(findings):
        if await _already_recorded(content_id, content_type, finding):
            continue
        await ContentFlags.insert(ContentFlags(
            user_id=user_id, content_type=content_type, content_id=content_id,
            flag_type=finding.category, severity=finding.severity, action_taken=finding.action,
            reason_code=finding.reason_code, original_content=finding.original,
            modified_content=finding.replacement, ai_confidence=round(finding.confidence, 2),
        ))


def _same(column, value):
    return column.is_null() if value is None else column == value


async def _already_recorded(content_id: str, content_type: str, finding: Finding) -> bool:
    return await ContentFlags.exists().where(
        (ContentFlags.content_id == content_id) & (ContentFlags.content_type == content_type)
        & (ContentFlags.flag_type == finding.category) & (ContentFlags.action_taken == finding.action)
        & _same(ContentFlags.reason_code, finding.reason_code)
        & _same(ContentFlags.original_content, finding.original)
        & _same(ContentFlags.modified_content, finding.replacement)
    )


def refuse(verdict: Verdict, what: str) -> Exception:
    return content_policy_violation(f"the {what} is not suitable for children", verdict.reason_codes)


def refuse_parent_text(classification: Classification, what: str) -> Exception:
    return content_policy_violation(
        f"the {what} is not suitable for children: {classification.suggestion}", classification.reason_codes
    )


class ContentGuard:
    def __init__(
        self, reviewer: ContentReviewer | None = None, ai_filtering: bool = True,
        thresholds: dict[str, float] | None = None,
    ) -> None:
        self.reviewer = reviewer
        self.ai_filtering = ai_filtering
        self.thresholds = thresholds or parse_thresholds(None)

    @property
    def reviews_with_ai(self) -> bool:
        return self.ai_filtering and self.reviewer is not None

    async def classified(
        self, content_id: str, text: str | None, language: str | None, content_type: str,
        public: bool = False, user_id: str | None = None,
    ) -> Classification:
        """A parent's text classified offline (never reworded), its decision recorded."""
        classification = classify(text, language, public)
        await record_flags(content_id, content_type, classification.verdict(), user_id)
        return classification

    def offline(self, text: str, language: str | None, content_type: str) -> Verdict:
        """Generated text (a story, a scene, a picture prompt) through the rule layer,
        and the offline analyser unless AI filtering is switched off. A parent's own
        text goes through :meth:`classified` instead, which never rewrites."""
        return check_text(text, language or "en", content_type, self.ai_filtering)

    async def ai_findings(
        self, texts: list[str | None], language: str, content_type: str, hero_name: str | None = None,
        analyse: bool = True,
    ) -> list[Finding]:
        """What the AI layer rejects in `texts`: one moderation request for all of
        them, then (unless moderation already rejects) one analysis of them together."""
        texts = [text for text in texts if text and text.strip()]
        if not texts or not self.reviews_with_ai:
            return []
        assert self.reviewer is not None
        scores = await self.reviewer.moderate(texts, hero_name)
        findings = [f for text, score in zip(texts, scores) for f in moderation_findings(text, score, self.thresholds)]
        if analyse and not findings:
            joined = "\n\n".join(texts)
            findings += analysis_findings(joined, await self.reviewer.analyse(joined, language, content_type, hero_name))
        return findings

    async def ai_approve(
        self, content_id: str, texts: list[str | None], language: str, content_type: str, what: str,
        hero_name: str | None = None, analyse: bool = True, user_id: str | None = None,
    ) -> None:
        """Raises the non-retryable refusal when the AI layer rejects any of `texts`."""
        verdict = await self.ai_verdict(texts, language, content_type, hero_name, analyse)
        await record_flags(content_id, content_type, verdict, user_id)
        if verdict.rejected:
            raise refuse(verdict, what)

    async def ai_verdict(
        self, texts: list[str | None], language: str, content_type: str, hero_name: str | None = None,
        analyse: bool = True,
    ) -> Verdict:
        return rejection_verdict(await self.ai_findings(texts, language, content_type, hero_name, analyse))

    async def parent_text_checked(
        self, content_id: str, text: str | None, language: str, content_type: str, what: str,
        hero_name: str | None = None,
    ) -> str | None:
        """A parent's text, unchanged, once every layer has passed it; else a refusal."""
        classification = await self.classified(content_id, text, language, content_type)
        if classification.harmful:
            raise refuse_parent_text(classification, what)
        if text:
            await self.ai_approve(content_id, [text], language, content_type, what, hero_name)
        return text

    async def offline_checked(
        self, story_id: str, text: str | None, language: str, content_type: str, what: str,
        user_id: str | None = None,
    ) -> str | None:
        """One text after the offline layers (recorded), or a refusal."""
        if not text:
            return text
        verdict = self.offline(text, language, content_type)
        await record_flags(story_id, content_type, verdict, user_id)
        if verdict.rejected:
            raise refuse(verdict, what)
        return verdict.text
