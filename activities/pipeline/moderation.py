"""The workflow's moderation steps: every input and every output of a story is
checked (and rewritten where it can be) before anything is saved or shown, by
every layer of the ContentGuard."""

from __future__ import annotations

from dataclasses import replace

from temporalio import activity

from activities.pipeline.briefs import load_brief, story_owner
from activities.pipeline.costs import on_behalf_of
from activities.pipeline.mirror import enter_stage
from activities.pipeline.story import save_story_rows
from activities.providers import TextProvider
from activities.safety import ensure_companionship_in_text, sanitize_image_prompt
from activities.safety.ai_review import ORIGINAL_EXCERPT
from activities.safety.generated_text import review_generated
from activities.safety.guard import ContentGuard, record_flags, refuse, refuse_parent_text
from activities.safety.parent_text import CATEGORIES
from contracts.activities import (
    CheckedInputs,
    CheckInputsInput,
    CheckStoryInput,
    FieldRefusal,
    LoadedStory,
    ModerateBriefInput,
    ModerateScenesInput,
    ModerateStoryInput,
    SaveStoryInput,
    StoryCheck,
    StoryRef,
)
from contracts.story import SceneDraft, StoryBrief, StoryText
from contracts.vocabulary import DEFAULT_LANGUAGE, Stage

# How many times a generated story is written again when it fails its check
# (moderate_story, which histories from before check_story still replay).
STORY_REWRITES = 1
# Fields holding the child's name: checked by the offline layers only, never sent out.
NAME_FIELDS = ("name", "hero_name")
AI_SUGGESTION = "Try a gentler way to describe it, as you would tell it to a small child."


class ModerationActivities:
    def __init__(self, text: TextProvider, guard: ContentGuard | None = None) -> None:
        self.text = text
        self.guard = guard or ContentGuard()

    async def _offline(self, story_id: str, text: str | None, language: str, content_type: str, what: str,
                       user_id: str | None = None):
        return await self.guard.offline_checked(story_id, text, language, content_type, what, user_id)

    @activity.defn
    async def load_checked_brief(self, ref: StoryRef) -> LoadedStory:
        """The story's brief, loaded and passed through the gate in one step: what the
        parent typed is used exactly as typed, or the story is refused here."""
        await enter_stage(ref.story_id, Stage.LOADING)
        loaded = await load_brief(ref.story_id)
        await self._check_brief(ref.story_id, loaded.brief)
        return loaded

    @activity.defn
    async def moderate_brief(self, request: ModerateBriefInput) -> StoryBrief:
        """What the parent typed (hero fields, custom event, title, prompt), classified
        in the story's language: used exactly as typed, or the story is refused.
        (Runs recorded before load_checked_brief call this after load_story_brief.)"""
        await self._check_brief(request.story_id, request.brief)
        return request.brief

    async def _check_brief(self, story_id: str, brief: StoryBrief) -> None:
        language = brief.language
        hero = brief.hero
        kind = "prompt" if brief.event_key is None and brief.hero is None else "event"
        typed = [(kind, "adventure", brief.event_text), (kind, "title", brief.title_hint), (kind, "style", brief.style)]
        if hero is not None:
            typed = [
                ("hero", "hero's name", hero.name), ("hero", "hero's trait", hero.primary_trait),
                ("hero", "hero's trait", hero.secondary_trait), ("hero", "hero's appearance", hero.appearance),
                ("hero", "hero's ability", hero.special_ability),
            ] + typed
        for content_type, what, text in typed:
            classification = await self.guard.classified(story_id, text, language, content_type)
            if classification.harmful:
                raise refuse_parent_text(classification, what)
        if self.guard.reviews_with_ai:
            hero_texts = [hero.primary_trait, hero.secondary_trait, hero.appearance, hero.special_ability] if hero else []
            async with on_behalf_of(await story_owner(story_id), story_id):
                await self.guard.ai_approve(
                    story_id, hero_texts + [brief.event_text, brief.title_hint], language, kind, "story request",
                    hero.name if hero else None,
                )

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
    async def check_story(self, request: CheckStoryInput) -> StoryCheck:
        """A written story, checked: passed (mild fear words swapped, the result read
        again for meaning) or failed with guidance for the next draft. Writing again
        is the workflow's next step, so every draft and check shows in its history."""
        story, brief, story_id = request.story, request.brief, request.story_id
        await enter_stage(story_id, Stage.MODERATING)
        passed, reasons, guidance = [], [], []
        for part in (story.title, story.content):
            review = review_generated(part, brief.language, self.guard.ai_filtering)
            await record_flags(story_id, "story", review.verdict)
            reasons += [f.reason_code for f in review.failures if f.reason_code not in reasons]
            guidance += [f"avoid {f.category} ({f.reason_code}): \"{f.original[:80]}\"" for f in review.failures]
            passed.append(review.text)
        if not guidance and self.guard.reviews_with_ai:
            async with on_behalf_of(await story_owner(story_id), story_id):
                verdict = await self.guard.ai_verdict(passed, brief.language, "story",
                                                      brief.hero.name if brief.hero else None)
            await record_flags(story_id, "story", verdict)
            if verdict.rejected:
                reasons += [code for code in verdict.reason_codes if code not in reasons]
                guidance += [f"avoid {f.category} ({f.reason_code})" for f in verdict.findings]
        if guidance:
            return StoryCheck(None, reasons, list(dict.fromkeys(guidance)))
        return StoryCheck(StoryText(*passed))

    @activity.defn
    async def moderate_scenes(self, request: ModerateScenesInput) -> list[SceneDraft]:
        """The scenes of a text that is no story of ours (the app's extract-scenes), checked
        as a story's are; runs recorded before save_checked_story check a story's scenes here too."""
        return await self._checked_scenes(request.story_id, request.language, request.scenes,
                                          request.user_id, request.hero_name)

    @activity.defn
    async def save_checked_story(self, request: SaveStoryInput) -> list[SceneDraft]:
        """The scenes through the gate, then saved with the story: one step, since both
        cost nothing to repeat (no provider writes anything here)."""
        scenes = await self._checked_scenes(request.story_id, request.language or DEFAULT_LANGUAGE, request.scenes)
        await save_story_rows(replace(request, scenes=scenes))
        return scenes

    async def _checked_scenes(self, story_id: str, language: str, drafts: list[SceneDraft],
                              user_id: str | None = None, hero_name: str | None = None) -> list[SceneDraft]:
        """Scene texts never leave a child alone; picture prompts get the
        child-friendly style and companions. With `user_id`, the scenes are of no story
        of ours: the user and the hero's name come from the caller, not a story row."""
        scenes = []
        for scene in drafts:
            text = await self._offline(story_id, scene.text_segment, language, "scene", "scene", user_id)
            prompt = await self._offline(story_id, scene.illustration_prompt, "en", "prompt", "picture", user_id)
            scenes.append(replace(
                scene,
                text_segment=ensure_companionship_in_text(text, language),
                illustration_prompt=sanitize_image_prompt(prompt),
            ))
        if self.guard.reviews_with_ai:
            texts = [s.text_segment for s in scenes] + [s.illustration_prompt for s in scenes]
            if user_id is None:
                hero = (await load_brief(story_id)).brief.hero
                hero_name, user_id, costs_of = hero.name if hero else None, await story_owner(story_id), story_id
            else:
                costs_of = None
            async with on_behalf_of(user_id, costs_of):
                await self.guard.ai_approve(story_id, texts, language, "scene", "scenes", hero_name, user_id=user_id)
        return scenes

    @activity.defn
    async def check_inputs(self, request: CheckInputsInput) -> CheckedInputs:
        """A parent's text fields before they are saved at all (heroes, custom events,
        titles, prompts): accepted exactly as typed, or refused field by field with the
        category and a suggestion. Nothing is reworded."""
        values, reasons, refusals = dict(request.fields), [], []
        for name, text in request.fields.items():
            if not text:
                continue
            classification = await self.guard.classified(
                request.content_id, text, request.language, request.content_type, request.public, request.user_id
            )
            if classification.harmful:
                values[name] = None
                category = CATEGORIES[classification.category]
                refusals.append(FieldRefusal(name, classification.category, category.reason, category.suggestion))
                reasons += [code for code in classification.reason_codes if code not in reasons]
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
                    refusals.append(FieldRefusal(name, "ai_review", verdict.reason_codes[0] if verdict.reason_codes
                                                 else "CONTENT_POLICY_VIOLATION", AI_SUGGESTION))
                reasons += [code for code in verdict.reason_codes if code not in reasons]
        return CheckedInputs(values, [r.field for r in refusals], reasons, refusals)
