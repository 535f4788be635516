"""Narration: speech for a whole story, stored once per voice.

Beside the MP3 goes a small JSON record of its duration and scene offsets,
uploaded last: when both exist, the narration was paid for and is reused.
"""

from __future__ import annotations

import json
from datetime import timedelta

from temporalio import activity

from activities.heartbeat import while_heartbeating
from activities.inputs import NarrateInput, NarrationResult
from activities.providers import SpeechProvider
from activities.storage import Storage, story_audio_key
from db.engine import ENGINE
from db.tables import Stories, StoryScenes


def timing_key(audio_key: str) -> str:
    return audio_key.removesuffix(".mp3") + ".json"


class NarrationActivities:
    def __init__(self, speech: SpeechProvider, storage: Storage) -> None:
        self.speech = speech
        self.storage = storage

    @activity.defn
    async def narrate_story(self, request: NarrateInput) -> NarrationResult:
        key = story_audio_key(request.user_id, request.story_id, request.voice)
        result = await self._stored(key)
        if result is None:
            narration = await while_heartbeating(
                self.speech.narrate(request.segments, request.language, request.voice)
            )
            result = NarrationResult(
                key, round(narration.duration_seconds, 3), [round(o, 3) for o in narration.segment_offsets_seconds]
            )
            await self.storage.put(key, narration.mp3, "audio/mpeg")
            timing = {"duration_seconds": result.duration_seconds, "scene_offsets_seconds": result.scene_offsets_seconds}
            await self.storage.put(timing_key(key), json.dumps(timing).encode(), "application/json")
        await self._record(request, result)
        return result

    async def _stored(self, key: str) -> NarrationResult | None:
        if not (await self.storage.exists(timing_key(key)) and await self.storage.exists(key)):
            return None
        timing = json.loads(await self.storage.get(timing_key(key)))
        return NarrationResult(key, timing["duration_seconds"], timing["scene_offsets_seconds"])

    @staticmethod
    async def _record(request: NarrateInput, result: NarrationResult) -> None:
        async with ENGINE.transaction():
            await Stories.update(
                {
                    Stories.audio_url: result.audio_key,
                    Stories.audio_voice: request.voice,
                    Stories.audio_duration: timedelta(seconds=result.duration_seconds),
                },
                force=True,
            ).where(Stories.id == request.story_id)
            for number, offset in enumerate(result.scene_offsets_seconds, start=1):
                await StoryScenes.update({StoryScenes.timestamp_seconds: offset}, force=True).where(
                    (StoryScenes.story_id == request.story_id) & (StoryScenes.scene_number == number)
                )
