"""A story's read-along: each scene's audio, where it starts, and its words with their
times, in one voice, from the records the narration stores beside each scene's MP3
(contracts.read_along). Scenes are published one at a time as they are spoken, so a
story being narrated answers with its first scenes ready and the rest pending."""

from __future__ import annotations

import asyncio
import json
from uuid import UUID

import structlog

from api.http.errors import not_found, service_unavailable
from api.http.schemas import ReadAlongScene, ReadAlongView, ReadAlongWord
from api.services.media_links import signed_urls
from api.services.stored_media import MediaReader, MediaUnavailable
from contracts.names import narration_prefix, narration_record_key, scene_words_key
from contracts.read_along import NarratedScene
from db.engine import user_transaction
from db.tables import Stories, StoryScenes

log = structlog.get_logger("storyloom.api")


async def load_read_along(user_id: str, story_id: UUID, voice: str | None, signer, media: MediaReader,
                          base_url: str, default_voice: str) -> ReadAlongView:
    """`voice` None: the story's own voice. Another user's story, like an unknown one, is 404."""
    async with user_transaction(user_id):
        story = await Stories.select(Stories.user_id, Stories.language, Stories.audio_voice).where(
            Stories.id == story_id).first()
        if story is None:
            raise not_found("Story")
        scenes = await StoryScenes.select(StoryScenes.scene_number, StoryScenes.text_segment).where(
            StoryScenes.story_id == story_id).order_by(StoryScenes.scene_number)
    voice = voice or story["audio_voice"] or default_voice
    prefix = narration_prefix(str(story["user_id"]), str(story_id), voice)
    try:
        *records, whole = await asyncio.gather(
            *(media.read(scene_words_key(prefix, scene["scene_number"])) for scene in scenes),
            media.read(narration_record_key(prefix)),
        )
    except MediaUnavailable as error:
        raise service_unavailable("The story's narration cannot be read right now; please try again shortly",
                                  error) from None
    published = {scene["scene_number"]: _parsed(record) for scene, record in zip(scenes, records)}
    narration = json.loads(whole) if whole else None
    story_audio = narration["audio_key"] if narration else None
    links = await signed_urls(signer, base_url,
                              [story_audio, *(scene.audio_key for scene in published.values() if scene)])
    return ReadAlongView(
        story_id=story_id, voice=voice, language=story["language"],
        complete=bool(narration) and all(published.values()),
        audio_url=links.get(story_audio), duration_seconds=narration["duration_seconds"] if narration else None,
        scenes=[_scene(row["scene_number"], row["text_segment"], published[row["scene_number"]], links)
                for row in scenes],
    )


def _parsed(record: bytes | None) -> NarratedScene | None:
    if record is None:
        return None
    try:
        return NarratedScene.from_json(record)
    except (ValueError, TypeError, KeyError) as error:
        # Written whole (write, then rename or upload) but never trusted blindly: a scene
        # whose record cannot be read is answered as not narrated, not as an error.
        log.warning("read_along_record_unreadable", error=str(error))
        return None


def _scene(number: int, text: str, scene: NarratedScene | None, links: dict[str, str]) -> ReadAlongScene:
    if scene is None or scene.audio_key not in links:
        return ReadAlongScene(scene_number=number, status="pending", text_segment=text)
    return ReadAlongScene(
        scene_number=number, status="ready", text_segment=text, audio_url=links[scene.audio_key],
        offset_seconds=scene.offset_seconds, duration_seconds=scene.duration_seconds, word_timing=scene.word_timing,
        words=[ReadAlongWord(word.text, word.start, word.end, word.char_start, word.char_end) for word in scene.words],
    )
