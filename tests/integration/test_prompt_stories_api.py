"""/stories (seed 004): prompt-driven stories with no hero."""

from __future__ import annotations

import time
import uuid

import httpx
import pytest

pytestmark = pytest.mark.usefixtures("worker_process")


@pytest.fixture
def user():
    return uuid.uuid4()


@pytest.fixture
def client(api_url, token_for, user):
    with httpx.Client(base_url=api_url, headers={"Authorization": f"Bearer {token_for(user)}"}, timeout=60) as client:
        yield client


def wait_complete(client, story_id: str) -> dict:
    deadline = time.monotonic() + 120
    while (detail := client.get(f"/stories/{story_id}").json())["status"] in ("PENDING", "PROCESSING"):
        assert time.monotonic() < deadline, detail
        time.sleep(0.3)
    return detail


def test_a_prompt_story_is_made_with_pictures_and_audio_per_scene(client, user):
    response = client.post("/stories/", json={"title": "The Sleepy Lighthouse", "num_scenes": 4,
                                               "prompt": "a little lighthouse that is afraid of the dark learns to glow",
                                               "style": "watercolor", "user_id": str(user)})
    assert response.status_code == 202, response.text
    accepted = response.json()
    assert set(accepted) == {"story_id", "status", "title", "created_at", "error"}
    # The answer reads the row back after the workflow has started: a quick worker may
    # already be on it (seen under a loaded full run).
    assert accepted["status"] in ("PENDING", "PROCESSING"), accepted
    assert accepted["title"] == "The Sleepy Lighthouse" and accepted["error"] is None
    detail = wait_complete(client, accepted["story_id"])
    assert detail["status"] == "COMPLETE" and detail["user_id"] == str(user) and detail["title"] == "The Sleepy Lighthouse"
    assert [scene["sequence"] for scene in detail["scenes"]] == [1, 2, 3, 4]
    for scene in detail["scenes"]:
        assert set(scene) == {"scene_id", "story_id", "sequence", "text", "image_url", "audio_url", "created_at"}
        assert scene["text"] and httpx.get(scene["image_url"]).status_code == 200
        assert httpx.get(scene["audio_url"]).headers["content-type"] == "audio/mpeg"

    renamed = client.patch(f"/stories/{accepted['story_id']}", json={"title": "The Glowing Lighthouse"})
    assert renamed.status_code == 200 and renamed.json()["title"] == "The Glowing Lighthouse"
    assert client.patch(f"/stories/{accepted['story_id']}", json={"status": "COMPLETE"}).status_code == 400


def test_a_story_still_being_made_can_be_stopped(client):
    story_id = client.post("/stories", json={"title": "Stop me", "prompt": "a very long walk in the woods with friends",
                                              "num_scenes": 6}).json()["story_id"]
    stopped = client.patch(f"/stories/{story_id}", json={"status": "FAILED"})
    assert stopped.status_code == 200
    # Six narrated, illustrated scenes take seconds; the stop comes within milliseconds.
    assert stopped.json()["status"] == "FAILED" and stopped.json()["error"].startswith("CANCELLED")
    time.sleep(1)
    assert client.get(f"/stories/{story_id}").json()["status"] == "FAILED", "the stopped workflow wrote nothing after"


@pytest.mark.parametrize(
    "body, field",
    [
        ({"title": "x", "prompt": "a walk", "num_scenes": 2}, "num_scenes"),
        ({"title": "x", "prompt": "a walk", "num_scenes": 7}, "num_scenes"),
        ({"title": "", "prompt": "a walk", "num_scenes": 3}, "title"),
        ({"title": "x", "num_scenes": 3}, "prompt"),
        ({"title": "x", "prompt": "a walk", "num_scenes": 3, "user_id": str(uuid.uuid4())}, "user_id"),
    ],
)
def test_invalid_requests(client, body, field):
    response = client.post("/stories/", json=body)
    assert response.status_code == 400, response.text
    fields = response.json()["error"]["details"]["fields"]
    assert any(field in item["field"] or field in item["message"] for item in fields)


def test_another_user_cannot_read_or_change_the_story(client, api_url, token_for):
    story_id = client.post("/stories/", json={"title": "Mine", "prompt": "a picnic with the ducks", "num_scenes": 3}).json()["story_id"]
    stranger = {"Authorization": f"Bearer {token_for(uuid.uuid4())}"}
    assert httpx.get(f"{api_url}/stories/{story_id}", headers=stranger).status_code == 404
    assert httpx.patch(f"{api_url}/stories/{story_id}", json={"title": "Yours"}, headers=stranger).status_code == 404
    assert httpx.get(f"{api_url}/stories/{story_id}").status_code == 401
