"""A whole story stored in Supabase Storage (a local stand-in of its API, through
the real client): private buckets, objects under the story's keys, signed links."""

from __future__ import annotations

import uuid

import httpx
import pytest

from api.http.player_page import content_security_policy
from api.services.media_links import signed_urls
from api.services.player import load_player_view
from api.services.player_links import PlayerPass
from api.services.stored_media import MediaUnavailable, SupabaseMedia
from api.services.supabase_links import SupabaseSigner
from contracts.names import narration_prefix, scene_words_key
from contracts.read_along import NarratedScene
from db.tables import Stories, StoryIllustrations
from tests.fakes.supabase_storage import FakeSupabaseStorage
from tests.integration.workflow_support import create_story_row, run_story, story_worker
from worker.composition import build_storage
from worker.settings import WorkerSettings


@pytest.fixture
def supabase():
    with FakeSupabaseStorage() as fake:
        yield fake


async def test_a_story_is_stored_in_private_buckets_and_served_by_signed_links(client, supabase, tmp_path, monkeypatch):
    monkeypatch.setenv("SUPABASE_URL", supabase.url)
    monkeypatch.setenv("SUPABASE_SERVICE_ROLE_KEY", supabase.service_role_key)
    settings = WorkerSettings.from_environment()
    assert settings.storage == "supabase", "a URL and a service key choose Supabase Storage"
    storage = build_storage(settings)
    await storage.prepare()
    assert {name for name, bucket in supabase.buckets.items() if not bucket.get("public")} >= {
        "story-assets", "hero-avatars", "story-audio", "story-illustrations"}

    user = str(uuid.uuid4())
    story_id = await create_story_row(user)
    async with story_worker(client, tmp_path / "unused", storage=storage) as queue:
        outcome = await run_story(client, queue, story_id, user)
    assert outcome.status == "completed"
    assert not (tmp_path / "unused").exists(), "nothing went to local files"

    audio = (await Stories.select(Stories.audio_url).where(Stories.id == story_id).first())["audio_url"]
    images = [row["image_url"] for row in await StoryIllustrations.select(StoryIllustrations.image_url).where(
        StoryIllustrations.story_id == story_id)]
    signer = SupabaseSigner(supabase.url, supabase.service_role_key, 600)
    try:
        links = await signed_urls(signer, "unused", [audio, *images])
    finally:
        await signer.aclose()
    async with httpx.AsyncClient() as http:
        narration = await http.get(links[audio])
        assert narration.status_code == 200 and len(narration.content) > 10_000
        for key in images:
            picture = await http.get(links[key])
            assert picture.status_code == 200 and picture.content[:8] == b"\x89PNG\r\n\x1a\n"
        unsigned = await http.get(links[images[0]].split("?")[0])
        assert unsigned.status_code >= 400, "private buckets answer only signed requests"

    # The story's player reads the same links and words, and its page may load them from Storage.
    signer = SupabaseSigner(supabase.url, supabase.service_role_key, 600)
    media = SupabaseMedia(supabase.url, supabase.service_role_key)
    try:
        view = await load_player_view(PlayerPass(uuid.UUID(story_id), uuid.UUID(user)), signer, media, "unused",
                                      "coral")
    finally:
        await signer.aclose()
        await media.aclose()
    assert view.complete and view.finished and view.voice == "nova"
    assert view.audio_url.startswith(f"{supabase.url}/storage/v1/object/sign/story-audio/{user}/{story_id}/nova/")
    for scene in view.scenes:
        assert scene.picture == "ready" and scene.words
        assert scene.image_url.startswith(f"{supabase.url}/storage/v1/object/sign/story-illustrations/{user}/")
    policy = content_security_policy(signer.storage_base)
    assert f"img-src 'self' {supabase.url};" in policy and f"media-src 'self' {supabase.url};" in policy
    assert await storage.delete_prefix(f"story-illustrations/{user}/{story_id}") == len(images)

    # The API reads each scene's read-along record from the same place.
    media = SupabaseMedia(supabase.url, supabase.service_role_key)
    try:
        prefix = narration_prefix(user, story_id, "nova")
        first = NarratedScene.from_json(await media.read(scene_words_key(prefix, 1)))
        assert first.offset_seconds == 0 and first.audio_key == f"{prefix}/scene-1.mp3" and first.words
        assert await media.read(scene_words_key(prefix, 9)) is None, "not narrated is not an error"
    finally:
        await media.aclose()
    unreachable = SupabaseMedia("http://127.0.0.1:9", supabase.service_role_key, timeout=2)
    with pytest.raises(MediaUnavailable):
        await unreachable.read(scene_words_key(prefix, 1))
    await unreachable.aclose()
