"""Media links, languages and progress arithmetic."""

from datetime import datetime, timezone

import pytest

from api.errors import ApiError
from api.languages import normalize_language
from api.media_links import MediaSigner
from workflows.progress import SceneProgress, StoryProgress


def test_media_links_expire_and_resist_tampering():
    signer = MediaSigner("secret-one", ttl_seconds=60)
    url = signer.url("http://host/", "story-audio/u/s/narration-coral.mp3", now=1000)
    assert url.startswith("http://host/media/story-audio/u/s/narration-coral.mp3?expires=1060&signature=")
    signature = url.rsplit("=", 1)[1]
    assert signer.is_valid("story-audio/u/s/narration-coral.mp3", 1060, signature, now=1059)
    assert not signer.is_valid("story-audio/u/s/narration-coral.mp3", 1060, signature, now=1061)
    assert not signer.is_valid("story-audio/u/OTHER/narration-coral.mp3", 1060, signature, now=1000)
    assert not MediaSigner("secret-two", 60).is_valid("story-audio/u/s/narration-coral.mp3", 1060, signature, now=1000)
    assert signer.url("http://host", None) is None


@pytest.mark.parametrize("given, code", [("en", "en"), ("French", "fr"), ("deutsch", "de"), ("it-IT", "it"), (" ES ", "es")])
def test_languages_accept_codes_and_names(given, code):
    assert normalize_language(given) == code


def test_unknown_language_names_the_field():
    with pytest.raises(ApiError) as raised:
        normalize_language("Klingon")
    assert raised.value.status == 400 and raised.value.details["fields"][0]["field"] == "language"


def test_progress_only_moves_forward():
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    progress = StoryProgress(story_id="s")
    progress.enter("loading", now)
    progress.enter("producing", now)
    progress.scenes = [SceneProgress(n) for n in (1, 2, 3)]
    progress.narration = "running"
    progress.recompute_production_percent()
    assert progress.percent == 40
    progress.scene(1).status = "completed"
    progress.scene(2).status = "failed"
    progress.recompute_production_percent()
    assert 40 < progress.percent < 97
    before = progress.version
    progress.finish("partial", now)
    assert (progress.status, progress.stage, progress.percent) == ("partial", "partial", 100)
    assert progress.version == before + 1
