"""The workflow's moderation steps: every input and every output of a story is
checked (and rewritten where it can be) before anything is saved or shown, by
every layer of the ContentGuard."""

from __future__ import annotations

from dataclasses import replace

from temporalio import activity

from activities.briefs import load_brief, story_owner
from activities.content_guard import ContentGuard, record_flags, refuse
from activities.contracts import SceneDraft, StoryBrief, StoryText
from activities.costs import on_behalf_of
from activities.inputs import (
    CheckedInputs,
    CheckInputsInput,
    ModerateBriefInput,
    ModerateScenesInput,
    ModerateStoryInput,
)
from activities.providers import TextProvider
from activities.safety import ensure_companionship_in_text, sanitize_image_prompt
from activities.safety.ai_review import ORIGINAL_EXCERPT

# How many times a generated story is written again when it fails its check.
STORY_REWRITES = 1
# Fields holding the child's name: checked by the offline layers only, never sent out.
NAME_FIELDS = ("name", "hero_name")


class ModerationActivities:
    def __init__(self, text: TextProvider, guard: ContentGuard | None = None) -> None:
        self.text = text
        self.guard = guard or ContentGuard()

    async def _offline(self, story_id: str, text: str | None, language: str, content_type: str, what: str):
        return await self.guard.offline_checked(story_id, text, language, content_type, what)

    @activity.defn
    async def moderate_brief(self, request: ModerateBriefInput) -> StoryBrief:
        """What the parent typed: hero fields, custom event, prompt. User text is
        data: injection phrases are defused before any provider sees it."""
        brief, story_id, language = request.brief, request.story_id, request.brief.language
        hero = brief.hero
        if hero is not None:
            hero = replace(
                hero,
                name=await self._offline(story_id, hero.name, language, "hero", "hero's name"),
                primary_trait=await self._offline(story_id, hero.primary_trait, language, "hero", "hero's trait"),
                secondary_trait=await self._offline(story_id, hero.secondary_trait, language, "hero", "hero's trait"),
                appearance=await self._offline(story_id, hero.appearance, language, "hero", "hero's appearance"),
                special_ability=await self._offline(story_id, hero.special_ability, language, "hero", "hero's ability"),
            )
        kind = "prompt" if brief.event_key is None and brief.hero is None else "event"
        brief = replace(
            brief,
            hero=hero,
            event_text=await self._offline(story_id, brief.event_text, language, kind, "adventure"),
            title_hint=await self._offline(story_id, brief.title_hint, language, kind, "title"),
        )
        if self.guard.reviews_with_ai:
            hero_texts = [hero.primary_trait, hero.secondary_trait, hero.appearance, hero.special_ability] if hero else []
            async with on_behalf_of(await story_owner(story_id), story_id):
                await self.guard.ai_approve(
                    story_id, hero_texts + [brief.event_text, brief.title_hint], language, kind, "story request",
                    hero.name if hero else None,
                )
        return brief

    @activity.defn
    async def moderate_story(self, request: ModerateStoryInput) -> StoryText:
        """A story that fails its check is written again once; if it fails again,
        the story fails with CONTENT_POLICY_VIOLATION."""
        story, brief, story_id = request.story, request.brief, request.story_id
        hero_name = brief.hero.name if brief.hero else None
        async with on_behalf_of(await story_owner(story_id), story_id):
            for attempt in range(STORY_REWRITES + 1):
                verdicts = [self.guard.offline(part, brief.language, "story") for part in (story.title, story.content)]
                if not any(v.rejected for v in verdicts):
                    texts = [v.text for v in verdicts]
                    verdicts.append(await self.guard.ai_verdict(texts, brief.language, "story", hero_name))
                for verdict in verdicts:
                    await record_flags(story_id, "story", verdict)
                rejected = next((v for v in verdicts if v.rejected), None)
                if rejected is None:
                    return StoryText(verdicts[0].text, verdicts[1].text)
                if attempt < STORY_REWRITES:
                    story = await self.text.write_story(replace(brief, seed=brief.seed + attempt + 1))
        raise refuse(rejected, "story")

    @activity.defn
    async def moderate_scenes(self, request: ModerateScenesInput) -> list[SceneDraft]:
        """Scene texts never leave a child alone; picture prompts get the
        child-friendly style and companions."""
        scenes = []
        for scene in request.scenes:
            text = await self._offline(request.story_id, scene.text_segment, request.language, "scene", "scene")
            prompt = await self._offline(request.story_id, scene.illustration_prompt, "en", "prompt", "picture")
            scenes.append(replace(
                scene,
                text_segment=ensure_companionship_in_text(text, request.language),
                illustration_prompt=sanitize_image_prompt(prompt),
            ))
        if self.guard.reviews_with_ai:
            texts = [s.text_segment for s in scenes] + [s.illustration_prompt for s in scenes]
            hero = (await load_brief(request.story_id)).brief.hero
            async with on_behalf_of(await story_owner(request.story_id), request.story_id):
                await self.guard.ai_approve(request.story_id, texts, request.language, "scene", "scenes",
                                            hero.name if hero else None)
        return scenes

    @activity.defn
    async def check_inputs(self, request: CheckInputsInput) -> CheckedInputs:
        """A parent's text fields before they are saved at all (heroes, custom
        events, prompts): rewritten where they can be, refused where they cannot."""
        values, reasons, refused = {}, [], []
        for name, text in request.fields.items():
            if not text:
                values[name] = text
                continue
            verdict = self.guard.offline(text, request.language, request.content_type)
            await record_flags(request.content_id, request.content_type, verdict, request.user_id)
            values[name] = verdict.text if not verdict.rejected else None
            if verdict.rejected:
                refused.append(name)
                reasons += [code for code in verdict.reason_codes if code not in reasons]
        reviewed = {name: text for name, text in values.items() if text and name not in NAME_FIELDS}
        if reviewed and self.guard.reviews_with_ai:
            hero_name = next((request.fields.get(name) for name in NAME_FIELDS if request.fields.get(name)), None)
            async with on_behalf_of(request.user_id):
                verdict = await self.guard.ai_verdict(
                    list(reviewed.values()), request.language or "", request.content_type, hero_name
                )
            await record_flags(request.content_id, request.content_type, verdict, request.user_id)
            if verdict.rejected:
                # Moderation names the texts it rejects; the analysis judges them together.
                blamed = {f.original for f in verdict.findings}
                named = [n for n, text in reviewed.items() if text[:ORIGINAL_EXCERPT] in blamed] or list(reviewed)
                for name in named:
                    values[name] = None
                    refused.append(name)
                reasons += [code for code in verdict.reason_codes if code not in reasons]
        return CheckedInputs(values, refused, reasons)
