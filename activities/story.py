"""Activities that turn a story request into saved text and scenes."""

from __future__ import annotations

import uuid
from datetime import timedelta

from piccolo.query.mixins import OnConflictAction
from temporalio import activity
from temporalio.exceptions import ApplicationError

from activities.contracts import (
    NARRATION_WORDS_PER_MINUTE,
    HeroProfile,
    SceneDraft,
    StoryBrief,
    StoryText,
)
from activities.inputs import ExtractScenesInput, LoadedStory, SaveStoryInput, StoryRef, WriteStoryInput
from activities.providers import TextProvider
from db.engine import ENGINE
from db.tables import CustomEvents, Heroes, Stories, StoryIllustrations, StoryScenes


def story_seed(story_id: str) -> int:
    """Stable per story, so a retried step writes the same story again."""
    return uuid.UUID(story_id).int % (2**31)


def count_words(text: str) -> int:
    return len(text.split())


def reading_seconds(words: int) -> float:
    return words * 60.0 / NARRATION_WORDS_PER_MINUTE


def not_found(what: str) -> ApplicationError:
    return ApplicationError(f"{what} was not found", type="NotFound", non_retryable=True)


class StoryActivities:
    def __init__(self, text: TextProvider) -> None:
        self.text = text

    @activity.defn
    async def load_story_brief(self, ref: StoryRef) -> LoadedStory:
        story = await Stories.select().where(Stories.id == ref.story_id).output(load_json=True).first()
        if story is None:
            raise not_found(f"story {ref.story_id}")
        request = (story["generation_metadata"] or {}).get("request", {})
        event_data = story["event_data"] or {}
        hero = None
        if story["hero_id"] is not None:
            row = await Heroes.select().where(Heroes.id == story["hero_id"]).output(load_json=True).first()
            if row is None:
                raise not_found(f"hero {story['hero_id']}")
            hero = HeroProfile(
                name=row["name"],
                primary_trait=row["primary_trait"],
                secondary_trait=row["secondary_trait"],
                appearance=row["appearance"],
                special_ability=row["special_ability"],
                visual_profile=row["visual_profile"],
            )
        event_text = story["prompt"]
        if story["custom_event_id"] is not None:
            event = await CustomEvents.select().where(CustomEvents.id == story["custom_event_id"]).first()
            if event is None:
                raise not_found(f"custom event {story['custom_event_id']}")
            event_text = f"{event['title']}: {event['prompt_seed']}"
        brief = StoryBrief(
            language=story["language"],
            target_duration_seconds=int(request.get("target_duration", 300)),
            seed=int(request.get("seed", story_seed(ref.story_id))),
            hero=hero,
            event_key=event_data.get("event") if story["event_type"] == "built_in" else None,
            event_text=event_text,
            title_hint=story["title"],
            style=story["style"],
            scene_count=request.get("num_scenes"),
        )
        return LoadedStory(
            brief=brief,
            user_id=str(story["user_id"]),
            hero_id=str(story["hero_id"]) if story["hero_id"] else None,
            voice=story["audio_voice"] or request.get("voice") or "coral",
            narrate=bool(request.get("narrate", True)),
            illustrate=bool(request.get("illustrate", True)),
        )

    @activity.defn
    async def write_story(self, request: WriteStoryInput) -> StoryText:
        return await self.text.write_story(request.brief)

    @activity.defn
    async def extract_scenes(self, request: ExtractScenesInput) -> list[SceneDraft]:
        return await self.text.extract_scenes(request.story, request.brief)

    @activity.defn
    async def save_story(self, request: SaveStoryInput) -> None:
        """Upserts on natural keys, so running it twice changes nothing."""
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
            elapsed_words = 0
            for scene in request.scenes:
                scene_id = await self._upsert_scene(request.story_id, scene, reading_seconds(elapsed_words))
                elapsed_words += count_words(scene.text_segment)
                await StoryIllustrations.insert(
                    StoryIllustrations(story_id=request.story_id, scene_id=scene_id, scene_number=scene.scene_number)
                ).on_conflict(
                    target=(StoryIllustrations.story_id, StoryIllustrations.scene_number),
                    action=OnConflictAction.do_nothing,
                )
            await StoryScenes.delete().where(
                (StoryScenes.story_id == request.story_id) & (StoryScenes.scene_number > len(request.scenes))
            )

    @staticmethod
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
