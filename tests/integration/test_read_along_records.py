"""How the read-along treats the records it reads: a story's scenes against what the
media store holds, when a record is unreadable, when the store is down."""

from __future__ import annotations

import uuid

import pytest

from api.http.errors import ApiError
from api.services.media_links import MediaSigner
from api.services.read_along import load_read_along
from api.services.stored_media import LocalMedia, SupabaseMedia
from contracts.names import narration_prefix, narration_record_key, scene_words_key
from contracts.read_along import NarratedScene, WordTiming
from db.tables import StoryScenes
from tests.integration.workflow_support import create_story_row

pytestmark = pytest.mark.usefixtures("db_pool")

SIGNER = MediaSigner("secret", 600)


async def story_with_scenes(user: str, texts: list[str]) -> str:
    story_id = await create_story_row(user)
    for number, text in enumerate(texts, start=1):
        await StoryScenes.insert(StoryScenes(story_id=story_id, scene_number=number, text_segment=text,
                                             illustration_prompt="a fox", timestamp_seconds=0))
    return story_id


def write(root, key: str, data: bytes) -> None:
    path = root / key
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


async def test_scenes_are_ready_as_their_records_arrive_and_an_unreadable_one_is_pending(tmp_path):
    user = str(uuid.uuid4())
    story_id = await story_with_scenes(user, ["Good night, fox.", "Sleep well, owl.", "The end."])
    prefix = narration_prefix(user, story_id, "nova")
    media = LocalMedia(tmp_path)

    nothing = await load_read_along(user, uuid.UUID(story_id), None, SIGNER, media, "http://here", "coral")
    assert nothing.voice == "nova" and not nothing.complete and {s.status for s in nothing.scenes} == {"pending"}

    first = NarratedScene(1, f"{prefix}/scene-1.mp3", 0.0, 2.5, "synthesizer",
                          [WordTiming("Good", 0.1, 0.4, 0, 4), WordTiming("night", 0.4, 0.9, 5, 10),
                           WordTiming("fox", 1.0, 1.4, 12, 15)])
    write(tmp_path, scene_words_key(prefix, 1), first.to_json())
    write(tmp_path, scene_words_key(prefix, 2), b"{not json")
    view = await load_read_along(user, uuid.UUID(story_id), "nova", SIGNER, media, "http://here", "coral")
    assert [scene.status for scene in view.scenes] == ["ready", "pending", "pending"]
    ready = view.scenes[0]
    assert ready.audio_url.startswith(f"http://here/media/{prefix}/scene-1.mp3?expires=")
    assert [(w.text, w.start, w.char_start) for w in ready.words] == [
        ("Good", 0.1, 0), ("night", 0.4, 5), ("fox", 1.0, 12)]
    assert not view.complete and view.audio_url is None, "complete only once the whole narration is stored"

    write(tmp_path, narration_record_key(prefix), b'{"audio_key": "%s/story.mp3", "duration_seconds": 7.5}' %
          prefix.encode())
    assert not (await load_read_along(user, uuid.UUID(story_id), None, SIGNER, media, "http://x", "coral")).complete


async def test_a_store_that_cannot_be_read_is_503_and_a_stranger_is_404(tmp_path):
    user = str(uuid.uuid4())
    story_id = uuid.UUID(await story_with_scenes(user, ["Once upon a time."]))
    down = SupabaseMedia("http://127.0.0.1:9", "service-key", timeout=2)
    try:
        with pytest.raises(ApiError) as failure:
            await load_read_along(user, story_id, None, SIGNER, down, "http://x",
                                  "coral")
    finally:
        await down.aclose()
    assert failure.value.status == 503 and failure.value.code == "SERVICE_UNAVAILABLE"
    with pytest.raises(ApiError) as stranger:
        await load_read_along(str(uuid.uuid4()), story_id, None, SIGNER,
                              LocalMedia(tmp_path), "http://x", "coral")
    assert stranger.value.status == 404


async def test_local_records_stay_inside_the_media_folder(tmp_path):
    media = LocalMedia(tmp_path / "media")
    assert await media.read("story-audio/u/s/nova/scene-1.json") is None
    with pytest.raises(ValueError):
        await media.read("elsewhere/u/s/nova/scene-1.json")
    with pytest.raises(ValueError):
        await media.read("story-audio/../../etc/passwd")
