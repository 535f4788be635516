"""Activities that turn a story request into saved text and scenes."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import timedelta

from piccolo.query.mixins import OnConflictAction
from temporalio import activity

from activities.pipeline.briefs import load_brief, story_owner
from activities.pipeline.costs import on_behalf_of
from activities.pipeline.mirror import enter_stage
from activities.providers import TextProvider
from contracts.activities import ExtractScenesInput, LoadedStory, SaveStoryInput, StoryRef, WriteStoryInput
from contracts.pace import count_words, reading_seconds, scene_start_estimates
from contracts.story import SceneDraft, StoryText
from contracts.vocabulary import Stage, WorkStatus
from db.engine import ENGINE
from db.tables import Stories, StoryIllustrations, StoryScenes


class StoryActivities:
    def __init__(self, text: TextProvider) -> None:
        self.text = text

    @activity.defn
    async def load_story_brief(self, ref: StoryRef) -> LoadedStory:
        await enter_stage(ref.story_id, Stage.LOADING)
        return await load_brief(ref.story_id)

    @activity.defn
    async def write_story(self, request: WriteStoryInput) -> StoryText:
        await enter_stage(request.story_id, Stage.WRITING)
        owner = await story_owner(request.story_id)
        brief = request.brief
        if request.attempt:
            # Another draft: the offline composer takes other turns, a model reads the guidance.
            brief = replace(brief, seed=brief.seed + request.attempt)
        async with on_behalf_of(owner, request.story_id):
            return await self.text.write_story(brief, request.guidance)

    @activity.defn
    async def extract_scenes(self, request: ExtractScenesInput) -> list[SceneDraft]:
        if request.user_id is not None:
            # A text the app keeps itself: no story row to move on, the costs are the user's.
            async with on_behalf_of(request.user_id):
                return await self.text.extract_scenes(request.story, request.brief)
        await enter_stage(request.story_id, Stage.EXTRACTING_SCENES)
        owner = await story_owner(request.story_id)
        async with on_behalf_of(owner, request.story_id):
            return await self.text.extract_scenes(request.story, request.brief)

    @activity.defn
    async def save_story(self, request: SaveStoryInput) -> None:
        """Upserts on natural keys, so running it twice changes nothing."""
        await save_story_rows(request)


async def save_story_rows(request: SaveStoryInput) -> None:
    """The story, its scenes and a picture row a scene, upserted on natural keys, so
    saving twice changes nothing; then production starts."""
    await enter_stage(request.story_id, Stage.SAVING)
    words = count_words(request.story.content)
    async with ENGINE.transaction():
        await Stories.update(
            {
                Stories.title: request.story.title,
                Stories.content: request.story.content,
                Stories.word_count: words,
                Stories.estimated_duration: timedelta(seconds=round(reading_seconds(words))),
            },
            force=True,
        ).where(Stories.id == request.story_id)
        for scene, start in zip(request.scenes, scene_start_estimates(s.text_segment for s in request.scenes)):
            scene_id = await _upsert_scene(request.story_id, scene, start)
            await StoryIllustrations.insert(
                StoryIllustrations(story_id=request.story_id, scene_id=scene_id, scene_number=scene.scene_number)
            ).on_conflict(
                target=(StoryIllustrations.story_id, StoryIllustrations.scene_number),
                action=OnConflictAction.do_nothing,
            )
        await StoryScenes.delete().where(
            (StoryScenes.story_id == request.story_id) & (StoryScenes.scene_number > len(request.scenes))
        )
    # Saved: production starts, and the mirror knows what it will wait for. (Should the
    # worker die right here, the retried save changes nothing and writes this again.)
    await enter_stage(
        request.story_id, Stage.PRODUCING, illustrate=request.illustrate,
        narration=WorkStatus.PENDING if request.narrate else WorkStatus.SKIPPED,
    )


async def _upsert_scene(story_id: str, scene: SceneDraft, timestamp_seconds: float) -> uuid.UUID:
    values = {
        StoryScenes.text_segment: scene.text_segment,
        StoryScenes.illustration_prompt: scene.illustration_prompt,
        StoryScenes.emotion: scene.emotion,
        StoryScenes.importance: scene.importance,
        StoryScenes.timestamp_seconds: round(timestamp_seconds, 3),
    }
    rows = await StoryScenes.insert(
        StoryScenes(story_id=story_id, scene_number=scene.scene_number, **{c._meta.name: v for c, v in values.items()})
    ).on_conflict(
        target=(StoryScenes.story_id, StoryScenes.scene_number),
        action=OnConflictAction.do_update,
        values=list(values),
    ).returning(StoryScenes.id)
    return rows[0]["id"]
