"""Narration: the whole story and each scene, stored once per voice, published scene by scene.

Speech is made scene by scene (`SpeechProvider.narrate_scenes`), and each scene is
published as soon as it is spoken: its MP3, then its read-along record beside it
(`contracts.read_along.NarratedScene`: where it starts in the story's audio, how long it
lasts, its words), then, for the story's own narration, its row and the story's
progress, so the first scene plays while the others are still being made. One activity
does it all, writing as it goes: the story's history stays one step long.

The story's MP3 is the scenes' frames joined, so each scene's offset is exactly where
its frames begin. A small JSON timing record is uploaded last: when it exists, the
narration was paid for and is reused instead of made again. A retried narration keeps
the scenes already published and goes on from the first one missing.
"""

from __future__ import annotations

import json
from datetime import timedelta
from uuid import UUID

from temporalio import activity

from activities.pipeline.briefs import not_found
from activities.pipeline.costs import on_behalf_of
from activities.pipeline.heartbeat import heartbeating, while_heartbeating
from activities.pipeline.mirror import publish_scene, record_narration
from activities.providers import SpeechProvider, mp3
from activities.providers.word_timings import estimate
from activities.storage import Storage
from contracts.activities import NarrateInput, NarrateTextInput, NarrationResult
from contracts.names import (
    narration_prefix,
    narration_record_key,
    scene_audio_key,
    scene_words_key,
    story_audio_key,
    text_fingerprint,
    text_narration_key,
)
from contracts.read_along import NarratedScene, WordTimingSource
from contracts.story import SpokenScene
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
        else:
            await self._time_older_narration(request, prefix, result)
        await self._record(request, result)
        await record_narration(request.story_id, WorkStatus.COMPLETED)
        return result

    async def _narrate(self, request: NarrateInput, prefix: str) -> NarrationResult:
        story = await Stories.select(Stories.language, Stories.hero_id.name.as_alias("hero_name")).where(
            Stories.id == request.story_id).first()
        segments = await self._segments(request.story_id)
        if story is None or not segments:
            raise not_found(f"the scenes of story {request.story_id}")
        published = await self._published(prefix, len(segments))
        audio = {scene.scene_number: await self.storage.get(scene.audio_key) for scene in published}
        offset = published[-1].offset_seconds + published[-1].duration_seconds if published else 0.0
        async with on_behalf_of(request.user_id, request.story_id), heartbeating():
            spoken_scenes = self.speech.narrate_scenes(
                segments, story["language"], request.voice, story["hero_name"], start=len(published))
            async for spoken in spoken_scenes:
                scene = await self._publish(request, prefix, len(published) + 1, offset, spoken)
                audio[scene.scene_number] = spoken.mp3
                published.append(scene)
                offset = scene.offset_seconds + scene.duration_seconds
        whole = mp3.concatenate([audio[scene.scene_number] for scene in published])
        await self.storage.put(story_audio_key(prefix), whole, "audio/mpeg")
        result = NarrationResult(
            audio_key=story_audio_key(prefix),
            duration_seconds=round(offset, 3),
            scene_offsets_seconds=[scene.offset_seconds for scene in published],
            scene_audio_keys=[scene.audio_key for scene in published],
            file_size_bytes=len(whole),
        )
        await self.storage.put(narration_record_key(prefix), json.dumps(vars(result)).encode(), "application/json")
        return result

    async def _publish(self, request: NarrateInput, prefix: str, number: int, offset: float,
                       spoken: SpokenScene) -> NarratedScene:
        """The scene's audio, then its read-along record (so a record always has its
        audio), then, for the story's own narration, its row."""
        key = scene_audio_key(prefix, number)
        await self.storage.put(key, spoken.mp3, "audio/mpeg")
        offset = round(offset, 3)
        scene = NarratedScene(
            scene_number=number, audio_key=key, offset_seconds=offset,
            duration_seconds=round(spoken.duration_seconds, 3), word_timing=spoken.word_timing,
            words=[word.shifted(offset) for word in spoken.words],
        )
        await self.storage.put(scene_words_key(prefix, number), scene.to_json(), "application/json")
        await publish_scene(request.story_id, request.voice, number, key, scene.offset_seconds)
        activity.heartbeat(number)
        return scene

    async def _published(self, prefix: str, count: int) -> list[NarratedScene]:
        """The scenes an earlier attempt published, in order, up to the first missing."""
        found = []
        for number in range(1, count + 1):
            key = scene_words_key(prefix, number)
            if not await self.storage.exists(key):
                break
            found.append(NarratedScene.from_json(await self.storage.get(key)))
        return found

    async def _time_older_narration(self, request: NarrateInput, prefix: str, result: NarrationResult) -> None:
        """A narration stored before word timings existed gets the proportional estimate
        for each scene, stored beside it like any other (its speech is not made again)."""
        segments = await self._segments(request.story_id)
        ends = [*result.scene_offsets_seconds[1:], result.duration_seconds]
        for number, (segment, key, start, end) in enumerate(
                zip(segments, result.scene_audio_keys, result.scene_offsets_seconds, ends), start=1):
            if await self.storage.exists(scene_words_key(prefix, number)):
                continue
            scene = NarratedScene(number, key, start, round(end - start, 3), WordTimingSource.ESTIMATE,
                                  estimate(segment, start, end))
            await self.storage.put(scene_words_key(prefix, number), scene.to_json(), "application/json")

    @staticmethod
    async def _segments(story_id: str) -> list[str]:
        scenes = await (
            StoryScenes.select(StoryScenes.text_segment)
            .where(StoryScenes.story_id == story_id)
            .order_by(StoryScenes.scene_number)
        )
        return [scene["text_segment"] for scene in scenes]

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
        if not await self.storage.exists(narration_record_key(prefix)):
            return None
        return NarrationResult(**json.loads(await self.storage.get(narration_record_key(prefix))))

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
