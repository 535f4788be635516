"""Media links, languages and progress arithmetic."""

from datetime import datetime, timezone

import pytest

from api.http.errors import ApiError
from api.http.languages import normalize_language
from api.services.media_links import MediaSigner
from contracts.progress import SceneProgress, StoryProgress


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


def test_each_scenes_narration_follows_the_scenes_published():
    from contracts.progress import production_percent, scene_narration

    assert [scene_narration("running", 2, n) for n in (1, 2, 3, 4)] == ["completed", "completed", "running", "pending"]
    assert [scene_narration("failed", 1, n) for n in (1, 2)] == ["completed", "failed"]
    assert [scene_narration("completed", 0, n) for n in (1, 2)] == ["completed", "completed"]
    assert scene_narration("skipped", 0, 1) == "skipped" and scene_narration("pending", 0, 1) == "pending"
    story = {"id": "s", "status": "running", "stage": "producing", "percent": 40, "error_code": None,
             "progress": {"narration": "running", "narrated_scenes": 2}}
    pictures = [{"scene_number": n, "status": "pending", "attempts": 0} for n in (1, 2, 3, 4)]
    mirrored = StoryProgress.from_mirror(story, pictures)
    assert [scene.narration for scene in mirrored.scenes] == ["completed", "completed", "running", "pending"]
    # Half the narration published: half a unit of the five (four pictures and the narration).
    assert mirrored.percent == 40 + (97 - 40) * 0.5 // 5
    nothing = [SceneProgress(n) for n in (1, 2, 3, 4)]
    assert production_percent("running", nothing) == 40 < mirrored.percent
    assert production_percent("completed", nothing) == 40 + (97 - 40) // 5


@pytest.mark.parametrize(
    "header, language",
    [("es-MX,es;q=0.9,en;q=0.8", "es"), ("en-US", "en"), ("ja, fr;q=0.5", "fr"), ("de;q=0.2, it;q=0.9", "it"),
     ("", None), ("ja, zh", None), ("fr;q=0", None)],
)
def test_accept_language_picks_one_of_ours(header, language):
    from api.services.input_checks import accepted_language

    assert accepted_language(header) == language


def test_a_parents_text_is_also_read_in_the_language_it_is_written_in():
    from activities.language import identify_language
    from activities.safety.parent_text import classify, reading_languages

    spanish = "El osito se corta las venas cuando está triste"
    assert identify_language(spanish) == "es" and identify_language("Luna") is None
    assert "es" in reading_languages(spanish, "en")
    assert classify(spanish, "en").harmful, "asked in English, written in Spanish"
    assert classify(spanish, None).harmful, "no language asked: the one it is written in"
    assert not classify("pelo negro y una bufanda verde", "en").harmful, "negro is Spanish for black"
    assert not classify("El gato negro duerme con su amigo", None).harmful


def test_the_analysis_layer_can_be_switched_off():
    from activities.safety import check_text

    disguised = "the knight wanted to k1ll the dragon"
    assert check_text(disguised, "en", "story").rejected, "the analysis layer sees through the disguise"
    assert not check_text(disguised, "en", "story", analysis=False).rejected, "the rules alone do not"


@pytest.mark.parametrize("value, enabled", [("true", True), ("FALSE", False), ("0", False), ("yes", True)])
def test_enable_ai_content_filtering_is_read_from_the_environment(monkeypatch, value, enabled):
    from worker.settings import WorkerSettings

    monkeypatch.setenv("ENABLE_AI_CONTENT_FILTERING", value)
    assert WorkerSettings.from_environment().ai_content_filtering is enabled


def test_a_misspelt_switch_is_refused(monkeypatch):
    from worker.settings import WorkerSettings

    monkeypatch.setenv("ENABLE_AI_CONTENT_FILTERING", "maybe")
    with pytest.raises(ValueError, match="ENABLE_AI_CONTENT_FILTERING"):
        WorkerSettings.from_environment()


def test_workflow_failures_answer_with_their_reason_code():
    from temporalio.exceptions import ActivityError, ApplicationError, RetryState

    from api.http.errors import workflow_failure

    refused = ApplicationError("the story is not suitable", type="CONTENT_POLICY_VIOLATION")
    assert (workflow_failure(refused).status, workflow_failure(refused).code) == (400, "CONTENT_POLICY_VIOLATION")
    activity = ActivityError("failed", scheduled_event_id=1, started_event_id=2, identity="w", activity_type="erase",
                             activity_id="1", retry_state=RetryState.NON_RETRYABLE_FAILURE)
    activity.__cause__ = ApplicationError("no such hero", type="NotFound")
    error = workflow_failure(activity, {"story_id": "s"})
    assert (error.status, error.code, error.details) == (404, "NOT_FOUND", {"story_id": "s"})


def test_the_apps_look_fills_what_the_heroes_own_record_leaves_open():
    """What the iOS app says of its hero completes the stored hero; it never overrides it."""
    from activities.pipeline.briefs import with_app_profile
    from contracts.story import HeroProfile

    app_look = {"canonical_prompt": "a girl in a yellow raincoat", "appearance": "curly red hair",
                "hair_color": "red", "eye_color": "green"}
    bare = with_app_profile(HeroProfile("Luna", "brave", "kind"), app_look)
    assert bare.appearance == "curly red hair" and bare.canonical_prompt == "a girl in a yellow raincoat"
    assert bare.visual_profile == {"hair_color": "red", "eye_color": "green"}
    known = with_app_profile(HeroProfile("Luna", "brave", "kind", appearance="straight black hair",
                                         visual_profile={"hair_color": "black"}), app_look)
    assert known.appearance == "straight black hair"
    assert known.visual_profile == {"hair_color": "black", "eye_color": "green"}
