"""Narration: the whole story and each scene, stored once per voice.

Speech is made scene by scene and joined, so each scene's timestamp is its exact
offset in the story's audio. A small JSON timing record is uploaded last: when it
exists, the narration was paid for and is reused instead of made again.
"""

from __future__ import annotations

import json
from datetime import timedelta
from uuid import UUID

from temporalio import activity

from activities.pipeline.briefs import not_found
from activities.pipeline.costs import on_behalf_of
from activities.pipeline.heartbeat import while_heartbeating
from activities.pipeline.mirror import record_narration
from activities.providers import SpeechProvider
from activities.storage import Storage
from contracts.activities import NarrateInput, NarrateTextInput, NarrationResult
from contracts.names import narration_prefix, text_fingerprint, text_narration_key
from contracts.vocabulary import WorkStatus
from db.engine import ENGINE
from db.tables import Stories, StoryScenes


def stored_recording(result: NarrationResult) -> dict:
    return {"audio_key": result.audio_key, "duration_seconds": result.duration_seconds,
            "file_size_bytes": result.file_size_bytes}


class NarrationActivities:
    def __init__(self, speech: SpeechProvider, storage: Storage) -> None:
        self.speech = speech
        self.storage = storage

    @activity.defn
    async def narrate_story(self, request: NarrateInput) -> NarrationResult:
        prefix = narration_prefix(request.user_id, request.story_id, request.voice)
        result = await self._stored(prefix)
        if result is None:
            await record_narration(request.story_id, WorkStatus.RUNNING)
            result = await self._narrate(request, prefix)
        await self._record(request, result)
        await record_narration(request.story_id, WorkStatus.COMPLETED)
        return result

    async def _narrate(self, request: NarrateInput, prefix: str) -> NarrationResult:
        story = await Stories.select(Stories.language, Stories.hero_id.name.as_alias("hero_name")).where(
            Stories.id == request.story_id).first()
        scenes = await (
            StoryScenes.select(StoryScenes.text_segment)
            .where(StoryScenes.story_id == request.story_id)
            .order_by(StoryScenes.scene_number)
        )
        if story is None or not scenes:
            raise not_found(f"the scenes of story {request.story_id}")
        segments = [scene["text_segment"] for scene in scenes]
        async with on_behalf_of(request.user_id, request.story_id):
            narration = await while_heartbeating(
                self.speech.narrate(segments, story["language"], request.voice, story["hero_name"])
            )
        scene_keys = [f"{prefix}/scene-{number}.mp3" for number in range(1, len(narration.segment_mp3s) + 1)]
        for key, audio in zip(scene_keys, narration.segment_mp3s):
            await self.storage.put(key, audio, "audio/mpeg")
        await self.storage.put(f"{prefix}/story.mp3", narration.mp3, "audio/mpeg")
        result = NarrationResult(
            audio_key=f"{prefix}/story.mp3",
            duration_seconds=round(narration.duration_seconds, 3),
            scene_offsets_seconds=[round(offset, 3) for offset in narration.segment_offsets_seconds],
            scene_audio_keys=scene_keys,
            file_size_bytes=len(narration.mp3),
        )
        await self.storage.put(f"{prefix}/timing.json", json.dumps(vars(result)).encode(), "application/json")
        return result

    @activity.defn
    async def narrate_text(self, request: NarrateTextInput) -> NarrationResult:
        """A text with no story: spoken once per words, voice and language, then reused."""
        fingerprint = text_fingerprint(request.text, request.voice, request.language)
        key = text_narration_key(request.user_id, fingerprint)
        timing = key.removesuffix(".mp3") + ".json"
        if await self.storage.exists(timing):
            return NarrationResult(**json.loads(await self.storage.get(timing)))
        async with on_behalf_of(request.user_id, None):
            narration = await while_heartbeating(self.speech.narrate([request.text], request.language, request.voice))
        await self.storage.put(key, narration.mp3, "audio/mpeg")
        result = NarrationResult(audio_key=key, duration_seconds=round(narration.duration_seconds, 3),
                                 scene_offsets_seconds=[0.0], scene_audio_keys=[key], file_size_bytes=len(narration.mp3))
        await self.storage.put(timing, json.dumps(vars(result)).encode(), "application/json")
        return result

    async def _stored(self, prefix: str) -> NarrationResult | None:
        if not await self.storage.exists(f"{prefix}/timing.json"):
            return None
        return NarrationResult(**json.loads(await self.storage.get(f"{prefix}/timing.json")))

    @staticmethod
    async def _record(request: NarrateInput, result: NarrationResult) -> None:
        """Switches the story to this voice in one transaction, and keeps the recording
        under `generation_metadata.narrations.<voice>`: what the API answers from
        storage, with no workflow, when the app asks for audio already made."""
        async with ENGINE.transaction() as transaction:
            await transaction.connection.execute(
                """UPDATE stories SET generation_metadata = jsonb_set(
                       coalesce(generation_metadata, '{}'::jsonb), '{narrations}',
                       coalesce(generation_metadata -> 'narrations', '{}'::jsonb) || jsonb_build_object($1::text, $2::jsonb))
                   WHERE id = $3""",
                request.voice, json.dumps(stored_recording(result)), UUID(request.story_id),
            )
            await Stories.update(
                {
                    Stories.audio_url: result.audio_key,
                    Stories.audio_voice: request.voice,
                    Stories.audio_duration: timedelta(seconds=result.duration_seconds),
                },
                force=True,
            ).where(Stories.id == request.story_id)
            for number, (offset, key) in enumerate(zip(result.scene_offsets_seconds, result.scene_audio_keys), start=1):
                await StoryScenes.update(
                    {StoryScenes.timestamp_seconds: offset, StoryScenes.audio_url: key}, force=True
                ).where((StoryScenes.story_id == request.story_id) & (StoryScenes.scene_number == number))
