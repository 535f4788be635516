"""GET /v1/stories/{id}/read-along over real HTTP: each scene's audio, offset and words,
in the story's voice or another, only for the story's owner."""

from __future__ import annotations

import time
import uuid

import httpx
import pytest

from contracts.read_along import word_spans

pytestmark = pytest.mark.usefixtures("worker_process")

STORY_TIMEOUT_SECONDS = 180


@pytest.fixture(scope="module")
def owner(api_url, token_for):
    client = httpx.Client(base_url=api_url, headers={"Authorization": f"Bearer {token_for(uuid.uuid4())}"}, timeout=30)
    yield client
    client.close()


def wait_for(check, what: str, timeout: float = STORY_TIMEOUT_SECONDS):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(0.3)
    raise AssertionError(f"{what} did not happen within {timeout}s")


@pytest.fixture(scope="module")
def story(owner):
    hero = owner.post("/v1/heroes", json={"name": "Zoé", "primary_trait": "curious", "secondary_trait": "kind"}).json()
    accepted = owner.post("/v1/stories", json={
        "hero_id": hero["id"], "event": {"type": "built_in", "data": {"event": "underwater_treasure_hunt"}},
        "target_duration": 90, "language": "fr", "voice": "echo"}).json()

    def finished():
        body = owner.get(f"/v1/stories/{accepted['story_id']}").json()
        return body if body["status"] in ("completed", "partial", "failed") else None

    body = wait_for(finished, "the story")
    assert body["status"] == "completed", body
    return body


def assert_read_along_of(view: dict, story: dict, voice: str) -> None:
    assert view["story_id"] == story["id"] and view["voice"] == voice and view["language"] == "fr"
    assert view["complete"] is True
    assert httpx.get(view["audio_url"]).status_code == 200
    assert len(view["scenes"]) == len(story["scenes"])
    ends = [scene["offset_seconds"] for scene in view["scenes"][1:]] + [view["duration_seconds"]]
    for scene, end, text in zip(view["scenes"], ends, [s["text_segment"] for s in story["scenes"]]):
        assert scene["status"] == "ready" and scene["text_segment"] == text
        assert scene["word_timing"] == "synthesizer"
        assert scene["offset_seconds"] + scene["duration_seconds"] == pytest.approx(end, abs=0.002)
        audio = httpx.get(scene["audio_url"])
        assert audio.status_code == 200 and audio.headers["content-type"] == "audio/mpeg"
        words = scene["words"]
        assert [(w["char_start"], w["char_end"]) for w in words] == word_spans(text)
        assert all(text[w["char_start"]:w["char_end"]] == w["text"] for w in words)
        assert all(scene["offset_seconds"] <= w["start"] <= w["end"] <= end for w in words)
        assert all(a["start"] <= b["start"] and a["end"] <= b["start"] for a, b in zip(words, words[1:]))


def test_a_finished_story_reads_along_in_its_own_voice(owner, story):
    response = owner.get(f"/v1/stories/{story['id']}/read-along", params={"voice": "echo"})
    assert response.status_code == 200, response.text
    view = response.json()
    assert_read_along_of(view, story, "echo")
    assert [scene["offset_seconds"] for scene in view["scenes"]] == [s["timestamp_seconds"] for s in story["scenes"]]
    assert view["duration_seconds"] == story["audio_duration_seconds"]
    assert any(word["text"] == "Zoé" for scene in view["scenes"] for word in scene["words"])
    # With no voice named, the story's voice (echo, unless another test narrated it again since).
    current = owner.get(f"/v1/stories/{story['id']}").json()["audio_voice"]
    assert owner.get(f"/v1/stories/{story['id']}/read-along").json()["voice"] == current


def test_progress_tells_which_scenes_can_be_played(owner, story):
    progress = owner.get(f"/v1/stories/{story['id']}/progress").json()
    assert [scene["narration"] for scene in progress["scenes"]] == ["completed"] * len(story["scenes"])


def test_another_voice_is_pending_until_narrated_then_has_its_own_words(owner, story):
    url = f"/v1/stories/{story['id']}/read-along"
    pending = owner.get(url, params={"voice": "onyx"}).json()
    assert pending["voice"] == "onyx" and pending["complete"] is False and pending["audio_url"] is None
    assert {scene["status"] for scene in pending["scenes"]} == {"pending"}
    assert all(scene["words"] == [] and scene["audio_url"] is None for scene in pending["scenes"])
    assert [scene["text_segment"] for scene in pending["scenes"]] == [s["text_segment"] for s in story["scenes"]]

    assert owner.post(f"/v1/stories/{story['id']}/audio", json={"voice": "onyx"}).status_code == 202
    onyx = wait_for(lambda: (body := owner.get(url, params={"voice": "onyx"}).json())["complete"] and body,
                    "the onyx narration")
    assert_read_along_of(onyx, owner.get(f"/v1/stories/{story['id']}").json(), "onyx")
    assert all("/onyx/" in scene["audio_url"] for scene in onyx["scenes"])
    echo = owner.get(url, params={"voice": "echo"}).json()
    assert [s["duration_seconds"] for s in echo["scenes"]] != [s["duration_seconds"] for s in onyx["scenes"]]
    assert owner.get(url).json()["voice"] == "onyx", "the story now speaks with the voice narrated last"


def test_only_the_owner_reads_along_and_only_in_a_voice_we_have(api_url, token_for, owner, story):
    stranger = httpx.get(f"{api_url}/v1/stories/{story['id']}/read-along",
                         headers={"Authorization": f"Bearer {token_for(uuid.uuid4())}"})
    assert stranger.status_code == 404 and stranger.json()["error"]["code"] == "NOT_FOUND"
    unknown = owner.get(f"/v1/stories/{uuid.uuid4()}/read-along")
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "NOT_FOUND"
    robot = owner.get(f"/v1/stories/{story['id']}/read-along", params={"voice": "robot"})
    assert robot.status_code == 400 and robot.json()["error"]["code"] == "INVALID_REQUEST"
    assert httpx.get(f"{api_url}/v1/stories/{story['id']}/read-along").status_code == 401


def test_the_read_along_is_documented(api_url):
    document = httpx.get(f"{api_url}/schema/openapi.json").json()
    operation = document["paths"]["/v1/stories/{story_id}/read-along"]["get"]
    assert {"200", "400", "401", "404", "503"} <= set(operation["responses"])
    assert operation["responses"]["404"]["content"]["application/json"]["schema"]["$ref"].endswith("ErrorEnvelope")
    assert [parameter["name"] for parameter in operation["parameters"] if parameter["in"] == "query"] == ["voice"]
    schemas = document["components"]["schemas"]
    word = next(schema for name, schema in schemas.items() if name.endswith("ReadAlongWord"))
    assert set(word["properties"]) == {"text", "start", "end", "char_start", "char_end"}
