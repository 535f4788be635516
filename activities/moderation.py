"""The workflow's moderation steps: every input and every output of a story is
checked (and rewritten where it can be) before anything is saved or shown, and
each decision is recorded in content_flags for operators."""

from __future__ import annotations

from dataclasses import replace

from temporalio import activity

from activities.acting_user import acting_for
from activities.briefs import story_owner
from activities.costs import metered
from activities.contracts import LANGUAGES, SceneDraft, StoryBrief, StoryText
from activities.errors import content_policy_violation
from activities.inputs import (
    CheckedInputs,
    CheckInputsInput,
    ModerateBriefInput,
    ModerateScenesInput,
    ModerateStoryInput,
)
from activities.providers import TextProvider
from activities.safety import Verdict, check_text, ensure_companionship_in_text, neutralize_injection, sanitize_image_prompt
from db.tables import ContentFlags, Stories

# How many times a generated story is written again when it fails its check.
STORY_REWRITES = 1


async def record_flags(content_id: str, content_type: str, verdict: Verdict, user_id: str | None = None) -> None:
    """One content_flags row per finding; approved texts leave none."""
    if not verdict.findings:
        return
    if user_id is None:
        story = await Stories.select(Stories.user_id).where(Stories.id == content_id).first()
        user_id = story["user_id"] if story else None
    for finding in verdict.findings:
        await ContentFlags.insert(ContentFlags(
            user_id=user_id, content_type=content_type, content_id=content_id,
            flag_type=finding.category, severity=finding.severity, action_taken=finding.action,
            reason_code=finding.reason_code, original_content=finding.original,
            modified_content=finding.replacement, ai_confidence=round(finding.confidence, 2),
        ))


def refuse(verdict: Verdict, what: str) -> Exception:
    return content_policy_violation(f"the {what} is not suitable for children", verdict.reason_codes)


async def checked(
    story_id: str, text: str | None, language: str, content_type: str, what: str, analysis: bool = True
) -> str | None:
    """The text as it may be used (rewritten if needed), or a non-retryable refusal."""
    if not text:
        return text
    cleaned, _ = neutralize_injection(text) if content_type in ("hero", "event", "prompt") else (text, False)
    verdict = check_text(cleaned, language, content_type, analysis)
    await record_flags(story_id, content_type, verdict)
    if verdict.rejected:
        raise refuse(verdict, what)
    return verdict.text


def check_in_languages(text: str, languages: tuple[str, ...], content_type: str, analysis: bool = True) -> Verdict:
    """A verdict for text whose language is not known: rejected when most of
    `languages` reject it (a word harmless in one language can be a slur in
    another: "negro" is Spanish for black), else the first rewrite. Each story
    checks the text again in its own language before writing."""
    verdicts = [check_text(text, language, content_type, analysis) for language in languages]
    rejections = [v for v in verdicts if v.rejected]
    if len(rejections) * 2 > len(verdicts):
        return rejections[0]
    return next((v for v in verdicts if v.action == "modified"), None) or next(
        (v for v in verdicts if not v.rejected)
    )


class ModerationActivities:
    def __init__(self, text: TextProvider, ai_filtering: bool = True) -> None:
        self.text = text
        self.ai_filtering = ai_filtering

    async def _checked(self, story_id: str, text: str | None, language: str, content_type: str, what: str):
        return await checked(story_id, text, language, content_type, what, self.ai_filtering)

    @activity.defn
    async def moderate_brief(self, request: ModerateBriefInput) -> StoryBrief:
        """What the parent typed: hero fields, custom event, prompt. User text is
        data: injection phrases are defused before any provider sees it."""
        brief, story_id, language = request.brief, request.story_id, request.brief.language
        hero = brief.hero
        if hero is not None:
            hero = replace(
                hero,
                name=await self._checked(story_id, hero.name, language, "hero", "hero's name"),
                primary_trait=await self._checked(story_id, hero.primary_trait, language, "hero", "hero's trait"),
                secondary_trait=await self._checked(story_id, hero.secondary_trait, language, "hero", "hero's trait"),
                appearance=await self._checked(story_id, hero.appearance, language, "hero", "hero's appearance"),
                special_ability=await self._checked(story_id, hero.special_ability, language, "hero", "hero's ability"),
            )
        kind = "prompt" if brief.event_key is None and brief.hero is None else "event"
        return replace(
            brief,
            hero=hero,
            event_text=await self._checked(story_id, brief.event_text, language, kind, "adventure"),
            title_hint=await self._checked(story_id, brief.title_hint, language, kind, "title"),
        )

    @activity.defn
    async def moderate_story(self, request: ModerateStoryInput) -> StoryText:
        """A story that fails its check is written again once; if it fails again,
        the story fails with CONTENT_POLICY_VIOLATION."""
        story, brief = request.story, request.brief
        for attempt in range(STORY_REWRITES + 1):
            title = check_text(story.title, brief.language, "story", self.ai_filtering)
            content = check_text(story.content, brief.language, "story", self.ai_filtering)
            await record_flags(request.story_id, "story", title)
            await record_flags(request.story_id, "story", content)
            if not (title.rejected or content.rejected):
                return StoryText(title.text, content.text)
            if attempt < STORY_REWRITES:
                owner = await story_owner(request.story_id)
                with acting_for(owner):
                    async with metered(owner, request.story_id):
                        story = await self.text.write_story(replace(brief, seed=brief.seed + attempt + 1))
        raise refuse(content if content.rejected else title, "story")

    @activity.defn
    async def moderate_scenes(self, request: ModerateScenesInput) -> list[SceneDraft]:
        """Scene texts never leave a child alone; picture prompts get the
        child-friendly style and companions."""
        scenes = []
        for scene in request.scenes:
            text = await self._checked(request.story_id, scene.text_segment, request.language, "scene", "scene")
            prompt = await self._checked(request.story_id, scene.illustration_prompt, "en", "prompt", "picture")
            scenes.append(replace(
                scene,
                text_segment=ensure_companionship_in_text(text, request.language),
                illustration_prompt=sanitize_image_prompt(prompt),
            ))
        return scenes

    @activity.defn
    async def check_inputs(self, request: CheckInputsInput) -> CheckedInputs:
        """A parent's text fields before they are saved at all (heroes, custom
        events, prompts): rewritten where they can be, refused where they cannot."""
        languages = (request.language,) if request.language else LANGUAGES
        values, reasons, refused = {}, [], []
        for name, text in request.fields.items():
            if not text:
                values[name] = text
                continue
            cleaned, _ = neutralize_injection(text)
            verdict = check_in_languages(cleaned, languages, request.content_type, self.ai_filtering)
            await record_flags(request.content_id, request.content_type, verdict, request.user_id)
            values[name] = verdict.text if not verdict.rejected else None
            if verdict.rejected:
                refused.append(name)
                reasons += [code for code in verdict.reason_codes if code not in reasons]
        return CheckedInputs(values, refused, reasons)
