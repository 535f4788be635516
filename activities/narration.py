"""Narration: speech for a whole story, stored once per voice."""

from __future__ import annotations

from datetime import timedelta

from temporalio import activity

from activities.heartbeat import while_heartbeating
from activities.inputs import NarrateInput, NarrationResult
from activities.providers import SpeechProvider
from activities.storage import Storage, story_audio_key
from db.engine import ENGINE
from db.tables import Stories, StoryScenes


class NarrationActivities:
    def __init__(self, speech: SpeechProvider, storage: Storage) -> None:
        self.speech = speech
        self.storage = storage

    @activity.defn
    async def narrate_story(self, request: NarrateInput) -> NarrationResult:
        key = story_audio_key(request.user_id, request.story_id, request.voice)
        already = await self._already_narrated(request, key)
        if already is not None:
            return already
        narration = await while_heartbeating(self.speech.narrate(request.segments, request.language, request.voice))
        await self.storage.put(key, narration.mp3, "audio/mpeg")
        result = NarrationResult(key, round(narration.duration_seconds, 3), narration.segment_offsets_seconds)
        async with ENGINE.transaction():
            await Stories.update(
                {
                    Stories.audio_url: key,
                    Stories.audio_voice: request.voice,
                    Stories.audio_duration: timedelta(seconds=result.duration_seconds),
                },
                force=True,
            ).where(Stories.id == request.story_id)
            for number, offset in enumerate(result.scene_offsets_seconds, start=1):
                await StoryScenes.update({StoryScenes.timestamp_seconds: round(offset, 3)}, force=True).where(
                    (StoryScenes.story_id == request.story_id) & (StoryScenes.scene_number == number)
                )
        return result

    async def _already_narrated(self, request: NarrateInput, key: str) -> NarrationResult | None:
        """A retry after the upload and the database write both landed pays for nothing."""
        row = await Stories.select(Stories.audio_url, Stories.audio_duration).where(Stories.id == request.story_id).first()
        if not row or row["audio_url"] != key or row["audio_duration"] is None or not await self.storage.exists(key):
            return None
        offsets = await (
            StoryScenes.select(StoryScenes.timestamp_seconds)
            .where(StoryScenes.story_id == request.story_id)
            .order_by(StoryScenes.scene_number)
        )
        return NarrationResult(
            key, row["audio_duration"].total_seconds(), [float(item["timestamp_seconds"]) for item in offsets]
        )
