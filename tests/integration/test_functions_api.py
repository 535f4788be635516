"""/functions/v1 as the shipped iOS app calls it: story, then audio, then pictures."""

from __future__ import annotations

import uuid

import httpx
import pytest

pytestmark = pytest.mark.usefixtures("worker_process")


def assert_success(response: httpx.Response, cached: bool = False) -> dict:
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["success"] is True and set(body) == {"success", "data", "meta"}
    assert set(body["meta"]) == {"request_id", "processing_time", "cached"}
    assert isinstance(body["meta"]["processing_time"], int) and body["meta"]["cached"] is cached
    return body["data"]


def generate(app_client, hero_id, **change):
    body = {"hero_id": hero_id, "event": {"type": "built_in", "data": {"event": "magical_forest_adventure"}},
            "target_duration": 120, "language": "English", **change}
    return app_client.post("/story-generation", json=body)


def test_the_ios_flow_story_audio_pictures(app_client, hero_id):
    story = assert_success(generate(app_client, hero_id))
    # The app's six fields, and the player page's link beside them (which the app ignores).
    assert set(story) == {"story_id", "title", "content", "estimated_duration", "word_count", "scenes", "player_url"}
    assert httpx.get(story["player_url"]).status_code == 200
    assert "Luna" in story["content"] and story["word_count"] > 100
    assert 3 <= len(story["scenes"]) <= 6
    for scene in story["scenes"]:
        assert set(scene) == {"scene_number", "text_segment", "illustration_prompt", "timestamp_seconds", "timestamp",
                              "emotion", "importance"}
    assert story["scenes"][0]["timestamp_seconds"] == 0

    audio = assert_success(app_client.post("/audio-synthesis", json={
        "story_id": story["story_id"], "text": story["content"], "voice": "coral", "language": "en"}))
    # The app's five fields, and the read-along beside them (which the app ignores).
    assert set(audio) == {"audio_url", "duration_seconds", "file_size_bytes", "voice_used", "language", "read_along"}
    assert audio["voice_used"] == "coral" and audio["duration_seconds"] > 20 and audio["file_size_bytes"] > 10_000
    assert httpx.get(audio["audio_url"]).status_code == 200
    read_along = audio["read_along"]
    assert read_along["voice"] == "coral" and read_along["complete"] is True
    assert read_along["duration_seconds"] == audio["duration_seconds"]
    assert [scene["text_segment"] for scene in read_along["scenes"]] == [s["text_segment"] for s in story["scenes"]]
    for scene in read_along["scenes"]:
        assert scene["status"] == "ready" and scene["words"]
        assert all(scene["text_segment"][w["char_start"]:w["char_end"]] == w["text"] for w in scene["words"])
    again = assert_success(app_client.post("/audio-synthesis", json={
        "story_id": story["story_id"], "voice": "coral", "language": "en"}), cached=True)
    assert again["duration_seconds"] == audio["duration_seconds"]
    assert [s["words"] for s in again["read_along"]["scenes"]] == [s["words"] for s in read_along["scenes"]]

    pictures = assert_success(app_client.post("/scene-illustration", json={
        "story_id": story["story_id"], "hero_id": hero_id, "process_async": False,
        "scenes": story["scenes"]}))
    assert pictures["status"] == "completed" and pictures["total_scenes"] == pictures["completed_scenes"] == len(story["scenes"])
    for item in pictures["illustrations"]:
        assert item["status"] == "completed" and httpx.get(item["image_url"]).status_code == 200


def test_a_repeated_story_request_is_served_from_the_cache(app_client, hero_id):
    first = assert_success(generate(app_client, hero_id, language="de", target_duration=60))
    second = assert_success(generate(app_client, hero_id, language="de", target_duration=60), cached=True)
    # The player link is signed afresh for each answer; the cached story is the same.
    assert second.pop("player_url").split("?")[0] == first.pop("player_url").split("?")[0]
    assert second == first


def test_scene_illustration_can_answer_at_once(app_client, hero_id):
    story = assert_success(generate(app_client, hero_id, target_duration=60, language="it"))
    pictures = assert_success(app_client.post("/scene-illustration", json={
        "story_id": story["story_id"], "process_async": True, "scenes": [{"scene_number": 1}, {"scene_number": 2}]}))
    assert pictures["total_scenes"] == 2
    assert {item["status"] for item in pictures["illustrations"]} <= {"pending", "processing", "completed"}
    assert len(story["scenes"]) < 6, "a one-minute story has fewer than six scenes"
    beyond = len(story["scenes"]) + 1
    bad = app_client.post("/scene-illustration", json={"story_id": story["story_id"], "scenes": [{"scene_number": beyond}]})
    assert bad.status_code == 400 and bad.json()["error"]["details"]["fields"][0]["field"] == "scenes"


def test_avatar_generation_answers_with_the_picture(app_client, hero_id):
    avatar = assert_success(app_client.post("/avatar-generation", json={
        "hero_id": hero_id, "prompt": "a brave child with a red scarf", "size": "1024x1024", "quality": "high"}))
    assert set(avatar) == {"avatar_url", "generation_id", "revised_prompt", "file_size_bytes", "image_size", "quality"}
    assert avatar["image_size"] == "1024x1024" and avatar["file_size_bytes"] > 1000
    assert httpx.get(avatar["avatar_url"]).status_code == 200


@pytest.mark.parametrize(
    "path, body, status, code",
    [
        ("/story-generation", {"hero_id": str(uuid.uuid4()), "event": {"type": "built_in", "data": {"event": "space_exploration"}}}, 404, "NOT_FOUND"),
        ("/story-generation", {"event": {"type": "built_in", "data": {"event": "space_exploration"}}}, 400, "INVALID_REQUEST"),
        ("/audio-synthesis", {"story_id": str(uuid.uuid4()), "voice": "coral"}, 404, "NOT_FOUND"),
        ("/audio-synthesis", {"story_id": str(uuid.uuid4()), "voice": "robot"}, 400, "INVALID_REQUEST"),
        ("/avatar-generation", {"hero_id": str(uuid.uuid4())}, 404, "NOT_FOUND"),
        ("/avatar-generation", {"hero_id": str(uuid.uuid4()), "size": "5x5"}, 400, "INVALID_REQUEST"),
        ("/scene-illustration", {"story_id": str(uuid.uuid4()), "scenes": [{"scene_number": 1}]}, 404, "NOT_FOUND"),
        ("/scene-illustration", {"story_id": str(uuid.uuid4()), "scenes": []}, 400, "INVALID_REQUEST"),
    ],
)
def test_errors_use_the_envelope(app_client, path, body, status, code):
    response = app_client.post(path, json=body)
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code


def test_limited_functions_carry_rate_limit_headers(app_client, hero_id):
    response = generate(app_client, hero_id, target_duration=60)
    assert response.headers["x-ratelimit-limit"] == "10"
    assert int(response.headers["x-ratelimit-remaining"]) <= 9


def test_a_story_refused_by_its_own_check_is_a_400_not_a_500(api_url, app_client, hero_id):
    # An event saved before today's gate (straight into the database): the story
    # reads it again in its own language and refuses it.
    import asyncio
    import os

    import asyncpg
    import jwt

    owner = jwt.decode(app_client.headers["Authorization"].split()[1], options={"verify_signature": False})["sub"]

    async def insert() -> str:
        connection = await asyncpg.connect(os.environ["DATABASE_URL"])
        try:
            return str(await connection.fetchval(
                "INSERT INTO custom_events (user_id, title, prompt_seed) VALUES ($1, $2, $3) RETURNING id",
                uuid.UUID(owner), "La fiesta", "Pepe borracho en la fiesta"))
        finally:
            await connection.close()

    event_id = asyncio.run(insert())
    response = generate(app_client, hero_id, language="es",
                        event={"type": "custom", "data": {"custom_event_id": event_id}})
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "CONTENT_POLICY_VIOLATION" and error["details"]["reasons"] == ["DRUGS_ALCOHOL"]
    story = httpx.get(f"{api_url}/v1/stories/{error['details']['story_id']}", headers=app_client.headers).json()
    assert story["status"] == "failed" and story["error"]["code"] == "CONTENT_POLICY_VIOLATION"