"""The iOS app's scene-illustration of scenes it sends whole, for a story it keeps itself
(under a temporary id of its own), against the real stack."""

from __future__ import annotations

import io
import time
import uuid

import httpx
import pytest
from PIL import Image

from activities.providers.offline.pictures import hero_colors
from contracts.story import HeroProfile
from tests.fixtures import ios_app
from tests.integration.test_functions_api import assert_success

pytestmark = pytest.mark.usefixtures("worker_process")

PROMPT = "Luna and a friendly fox share a picnic under a big oak tree at sunset"


def colours(png: bytes) -> set[tuple[int, int, int]]:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    return {rgb for _count, rgb in image.getcolors(maxcolors=1 << 22)}


def progress(api_url, app_client, story_id: str) -> dict:
    return httpx.get(f"{api_url}/v1/stories/{story_id}/progress", headers=app_client.headers).json()


def test_the_apps_single_picture_is_drawn_with_its_hero_and_not_twice(api_url, app_client, hero_id):
    body = ios_app.scene_picture(hero_id, PROMPT, ios_app.LUNA_LOOK)
    pictures = assert_success(app_client.post("/scene-illustration", json=body))
    assert pictures["status"] == "completed" and pictures["total_scenes"] == pictures["completed_scenes"] == 1
    picture = pictures["illustrations"][0]
    assert picture["scene_number"] == 1 and picture["status"] == "completed" and picture["generation_id"]
    assert "fox" in picture["revised_prompt"] and "nothing frightening" in picture["revised_prompt"]
    png = httpx.get(picture["image_url"])
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    # The hero has no appearance of its own: the look the app sent is how it is drawn.
    luna = HeroProfile("Luna", "brave", "kind", appearance=ios_app.LUNA_LOOK["appearance"])
    assert set(hero_colors(luna).values()) <= colours(png.content)

    again = assert_success(app_client.post("/scene-illustration", json=body))
    assert again["illustrations"][0]["generation_id"] == picture["generation_id"]
    assert httpx.get(again["illustrations"][0]["image_url"]).content == png.content
    story_id = body["story_id"].lower()
    followed = progress(api_url, app_client, story_id)
    assert followed["status"] == "completed" and followed["scenes"] == [
        {"scene_number": 1, "status": "completed", "attempts": 1, "narration": "skipped"}], "drawn once, never narrated"
    listed = httpx.get(f"{api_url}/v1/stories", headers=app_client.headers).json()
    assert story_id not in [story["id"] for story in listed["items"]], "pictures of the app's story are no story of ours"


def test_the_same_hero_looks_the_same_in_every_picture(app_client, hero_id):
    drawn = []
    for prompt in (PROMPT, "Luna rides a gentle whale across a calm blue bay with seagull friends"):
        pictures = assert_success(app_client.post("/scene-illustration",
                                                  json=ios_app.scene_picture(hero_id, prompt, ios_app.LUNA_LOOK)))
        drawn.append(httpx.get(pictures["illustrations"][0]["image_url"]).content)
    assert drawn[0] != drawn[1]
    luna = HeroProfile("Luna", "brave", "kind", appearance=ios_app.LUNA_LOOK["appearance"])
    for png in drawn:
        assert set(hero_colors(luna).values()) <= colours(png)


def test_process_async_answers_at_once_then_the_same_request_reads_each_scene(api_url, app_client, hero_id):
    body = ios_app.scene_picture(hero_id, PROMPT, process_async=True)
    body["scenes"] += [{"prompt": "Luna and the fox find a glowing shell on the beach", "scene_number": 2,
                        "timestamp": 20},
                       {"prompt": "Luna waves goodnight to the fox from her cosy bed", "scene_number": 3,
                        "timestamp": 40}]
    first = assert_success(app_client.post("/scene-illustration", json=body))
    assert first["total_scenes"] == 3 and [item["scene_number"] for item in first["illustrations"]] == [1, 2, 3]
    assert {item["status"] for item in first["illustrations"]} <= {"pending", "processing", "completed"}
    deadline = time.monotonic() + 120
    answer = first
    while answer["status"] != "completed" and time.monotonic() < deadline:
        time.sleep(0.5)
        answer = assert_success(app_client.post("/scene-illustration", json=body))
    assert answer["status"] == "completed" and answer["completed_scenes"] == 3
    assert all(httpx.get(item["image_url"]).status_code == 200 for item in answer["illustrations"])
    followed = progress(api_url, app_client, body["story_id"].lower())
    assert [scene["attempts"] for scene in followed["scenes"]] == [1, 1, 1], "asking again drew nothing again"


def test_unsafe_prompts_and_looks_are_refused_before_anything_is_drawn(api_url, app_client, hero_id):
    unsafe = ios_app.scene_picture(hero_id, "Luna stabs the fox with a knife and it bleeds")
    response = app_client.post("/scene-illustration", json=unsafe)
    assert response.status_code == 400 and response.json()["error"]["code"] == "CONTENT_POLICY_VIOLATION"
    assert response.json()["error"]["details"]["fields"][0]["field"] == "scenes[0].prompt"
    look = ios_app.scene_picture(hero_id, PROMPT, {**ios_app.LUNA_LOOK, "canonical_prompt": "a girl covered in blood"})
    response = app_client.post("/scene-illustration", json=look)
    assert response.status_code == 400 and response.json()["error"]["code"] == "CONTENT_POLICY_VIOLATION"
    assert response.json()["error"]["details"]["fields"][0]["field"] == "hero_visual_profile.canonical_prompt"
    for body in (unsafe, look):
        story = httpx.get(f"{api_url}/v1/stories/{body['story_id'].lower()}", headers=app_client.headers)
        assert story.status_code == 404, "nothing was saved"


def test_heroes_and_stories_of_others_are_unknown(api_url, app_client, hero_id, token_for):
    nobody = app_client.post("/scene-illustration", json=ios_app.scene_picture(str(uuid.uuid4()), PROMPT))
    assert nobody.status_code == 404 and nobody.json()["error"]["message"].startswith("Hero")
    no_hero = ios_app.scene_picture(hero_id, PROMPT)
    del no_hero["hero_id"]
    response = app_client.post("/scene-illustration", json=no_hero)
    assert response.status_code == 400 and response.json()["error"]["details"]["fields"][0]["field"] == "hero_id"

    other = httpx.Client(base_url=f"{api_url}/functions/v1", timeout=180,
                         headers={"Authorization": f"Bearer {token_for(uuid.uuid4())}"})
    theirs_hero = httpx.post(f"{api_url}/v1/heroes", headers=other.headers,
                             json={"name": "Milo", "primary_trait": "curious", "secondary_trait": "kind"}).json()["id"]
    their_picture = ios_app.scene_picture(theirs_hero, "Milo and an owl read a book by lantern light")
    theirs = assert_success(other.post("/scene-illustration", json=their_picture))["illustrations"][0]
    # Their story's id, with our own hero and prompt: unknown to us, and never drawn into.
    intruding = ios_app.scene_picture(hero_id, PROMPT, story_id=their_picture["story_id"])
    response = app_client.post("/scene-illustration", json=intruding)
    assert response.status_code == 404 and response.json()["error"]["code"] == "NOT_FOUND"
    still = assert_success(other.post("/scene-illustration", json=their_picture))["illustrations"][0]
    assert still["generation_id"] == theirs["generation_id"]
    assert progress(api_url, other, their_picture["story_id"].lower())["scenes"][0]["attempts"] == 1
    # And their hero is not ours to draw.
    response = app_client.post("/scene-illustration", json=ios_app.scene_picture(theirs_hero, PROMPT))
    assert response.status_code == 404
    other.close()


@pytest.fixture
def api_without_temporal(database_url, session_home, tmp_path):
    """An API whose Temporal is gone (nothing listens on its port)."""
    from tests.conftest import _stop, _storyloom, _wait_for_http, free_port

    port = free_port()
    process, log_path = _storyloom(session_home, "api-no-temporal", "api", "--port", str(port),
                                   extra_env={"TEMPORAL_ADDRESS": f"127.0.0.1:{free_port()}"})
    url = f"http://127.0.0.1:{port}"
    _wait_for_http(f"{url}/functions/v1/health", process, log_path)
    yield url
    _stop(process)


def test_with_temporal_down_the_app_hears_503_and_nothing_is_kept(api_url, api_without_temporal, app_client, hero_id):
    body = ios_app.scene_picture(hero_id, PROMPT)
    response = httpx.post(f"{api_without_temporal}/functions/v1/scene-illustration", json=body,
                          headers=app_client.headers, timeout=60)
    assert response.status_code == 503, response.text
    assert response.json()["error"]["code"] == "SERVICE_UNAVAILABLE" and response.headers["Retry-After"]
    story = httpx.get(f"{api_url}/v1/stories/{body['story_id'].lower()}", headers=app_client.headers)
    assert story.status_code == 404, "nothing was saved"
    # Once Temporal is back, the same request draws the picture.
    assert assert_success(app_client.post("/scene-illustration", json=body))["status"] == "completed"
