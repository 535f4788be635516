"""What comes after a story starts: idempotent retries of the start, the event
stream, a new voice, and the hero's avatar."""

from __future__ import annotations

import io
import json
import time
import uuid

import httpx
import pytest
from PIL import Image

from tests.integration.test_api_stories import wait_for_terminal

pytestmark = pytest.mark.usefixtures("worker_process")



@pytest.fixture
def hero(parent):
    return parent.post("/v1/heroes", json={"name": "Ada", "primary_trait": "clever", "secondary_trait": "cheerful",
                                           "appearance": "black braids, dark skin and a purple dress"}).json()


def story_body(hero: dict, **change) -> dict:
    return {"hero_id": hero["id"], "event": {"type": "built_in", "data": {"event": "cloud_castle_journey"}},
            "target_duration": 60, "language": "it", **change}


def test_a_repeated_idempotency_key_returns_the_same_story(parent, hero):
    key = f"ios-{uuid.uuid4()}"
    first = parent.post("/v1/stories", json=story_body(hero), headers={"Idempotency-Key": key})
    again = parent.post("/v1/stories", json=story_body(hero), headers={"Idempotency-Key": key})
    assert first.status_code == again.status_code == 202
    assert first.json()["story_id"] == again.json()["story_id"]
    assert again.headers["idempotent-replayed"] == "true" and "idempotent-replayed" not in first.headers
    other = parent.post("/v1/stories", json=story_body(hero), headers={"Idempotency-Key": f"ios-{uuid.uuid4()}"})
    assert other.json()["story_id"] != first.json()["story_id"]
    too_long = parent.post("/v1/stories", json=story_body(hero), headers={"Idempotency-Key": "x" * 300})
    assert too_long.status_code == 400 and too_long.json()["error"]["code"] == "INVALID_REQUEST"


def test_a_key_reused_for_a_different_request_is_422(parent, hero):
    key = f"ios-{uuid.uuid4()}"
    first = parent.post("/v1/stories", json=story_body(hero), headers={"Idempotency-Key": key})
    assert first.status_code == 202, first.text
    reused = parent.post("/v1/stories", json=story_body(hero, language="fr"), headers={"Idempotency-Key": key})
    assert reused.status_code == 422, reused.text
    error = reused.json()["error"]
    assert error["code"] == "IDEMPOTENCY_KEY_REUSED" and error["details"]["story_id"] == first.json()["story_id"]


def test_events_stream_progress_until_the_story_ends(parent, hero):
    story_id = parent.post("/v1/stories", json=story_body(hero)).json()["story_id"]
    events = []
    with parent.stream("GET", f"/v1/stories/{story_id}/events", timeout=120) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            if line.startswith("data:"):
                events.append(json.loads(line[5:]))
    assert events, "at least one progress event"
    assert events[-1]["status"] in ("completed", "partial") and events[-1]["percent"] == 100
    percents = [event["percent"] for event in events]
    assert percents == sorted(percents)
    stranger = httpx.get(f"{parent.base_url}/v1/stories/{story_id}/events",
                         headers={"Authorization": parent.headers["Authorization"].replace("Bearer ", "Bearer x")})
    assert stranger.status_code == 401


def test_scenes_have_their_own_audio_and_a_new_voice_replaces_the_old(parent, hero):
    story_id = parent.post("/v1/stories", json=story_body(hero, voice="coral")).json()["story_id"]
    story = wait_for_terminal(parent, story_id)
    assert story["audio_voice"] == "coral"
    for scene in story["scenes"]:
        audio = httpx.get(scene["audio_url"])
        assert audio.status_code == 200 and audio.headers["content-type"] == "audio/mpeg"
    accepted = parent.post(f"/v1/stories/{story_id}/audio", json={"voice": "onyx"})
    assert accepted.status_code == 202, accepted.text
    assert accepted.json()["workflow_id"] == f"story-{story_id}-narration-onyx"
    deadline = time.monotonic() + 120
    while (story := parent.get(f"/v1/stories/{story_id}").json())["audio_voice"] != "onyx":
        assert time.monotonic() < deadline
        time.sleep(0.3)
    assert "/onyx/story.mp3" in story["audio_url"] and httpx.get(story["audio_url"]).status_code == 200
    assert parent.post(f"/v1/stories/{story_id}/audio", json={"voice": "robot"}).status_code == 400


def test_an_avatar_settles_the_heros_look(parent, hero):
    accepted = parent.post(f"/v1/heroes/{hero['id']}/avatar")
    assert accepted.status_code == 202, accepted.text
    deadline = time.monotonic() + 120
    while not (current := parent.get(f"/v1/heroes/{hero['id']}").json())["avatar_url"]:
        assert time.monotonic() < deadline
        time.sleep(0.3)
    picture = httpx.get(current["avatar_url"])
    assert picture.status_code == 200
    assert Image.open(io.BytesIO(picture.content)).size == (1024, 1024)
    profile = current["visual_profile"]
    assert profile["hair_style"] and profile["skin_tone"] and profile["hair_color"]
    gallery = parent.get(f"/v1/heroes/{hero['id']}/gallery").json()
    assert len(gallery) == 1 and gallery[0]["is_primary"] and httpx.get(gallery[0]["image_url"]).status_code == 200
    assert parent.post(f"/v1/heroes/{uuid.uuid4()}/avatar").status_code == 404
