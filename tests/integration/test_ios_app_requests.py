"""The iOS app's own story-generation requests, as it sends them, against the real stack."""

from __future__ import annotations

import uuid

import httpx
import pytest

from tests.fixtures import ios_app
from tests.integration.test_functions_api import assert_success

pytestmark = pytest.mark.usefixtures("worker_process")


def test_the_apps_built_in_event_is_told_from_its_own_sentence(app_client, hero_id):
    story = assert_success(app_client.post("/story-generation", json=ios_app.built_in_story(hero_id)))
    assert "Luna" in story["content"] and 3 <= len(story["scenes"]) <= 6


def test_an_app_event_named_like_one_of_ours_becomes_ours(api_url, app_client, hero_id):
    body = ios_app.built_in_story(hero_id, "Space Exploration")
    story = assert_success(app_client.post("/story-generation", json=body))
    stored = httpx.get(f"{api_url}/v1/stories/{story['story_id']}", headers=app_client.headers).json()
    assert stored["event_type"] == "built_in" and stored["event_data"] == {"event": "space_exploration"}


def test_an_unsafe_sentence_in_an_app_event_is_refused_by_the_gate(app_client, hero_id):
    body = ios_app.built_in_story(hero_id)
    body["event"]["data"]["prompt_seed"] = "the hero finds a gun and shoots the neighbours"
    response = app_client.post("/story-generation", json=body)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "CONTENT_POLICY_VIOLATION"


def test_a_custom_event_sent_whole_is_saved_once_as_the_parents_own(api_url, app_client, hero_id):
    event = ios_app.custom_event()
    first = assert_success(app_client.post("/story-generation", json=ios_app.custom_story(hero_id, event)))
    assert "Luna" in first["content"]
    events = httpx.get(f"{api_url}/v1/custom-events", headers=app_client.headers).json()
    saved = [e for e in events if e["id"] == event["id"].lower()]
    assert len(saved) == 1 and saved[0]["is_own"] and not saved[0]["is_public"]
    assert saved[0]["title"] == event["title"] and saved[0]["tone"] == "calming"
    again = app_client.post("/story-generation", json=ios_app.custom_story(hero_id, event, 180))
    assert again.status_code == 200
    events = httpx.get(f"{api_url}/v1/custom-events", headers=app_client.headers).json()
    assert len([e for e in events if e["id"] == event["id"].lower()]) == 1


def test_another_familys_private_event_id_is_not_found(api_url, app_client, hero_id, token_for):
    other = {"Authorization": f"Bearer {token_for(uuid.uuid4())}"}
    theirs = httpx.post(f"{api_url}/v1/custom-events", headers=other,
                        json={"title": "Our picnic", "prompt_seed": "a picnic by the pond with ducks"}).json()
    response = app_client.post("/story-generation",
                               json=ios_app.custom_story(hero_id, ios_app.custom_event(id=theirs["id"])))
    assert response.status_code == 404, response.text


def test_an_unsafe_custom_event_sent_whole_is_refused_and_not_saved(api_url, app_client, hero_id):
    event = ios_app.custom_event(prompt_seed="the cat poisons the lighthouse keeper with pills")
    response = app_client.post("/story-generation", json=ios_app.custom_story(hero_id, event))
    assert response.status_code == 400 and response.json()["error"]["code"] == "CONTENT_POLICY_VIOLATION"
    events = httpx.get(f"{api_url}/v1/custom-events", headers=app_client.headers).json()
    assert not [e for e in events if e["id"] == event["id"].lower()]


def test_the_apps_avatar_request_with_a_style_is_drawn(app_client, hero_id):
    avatar = assert_success(app_client.post("/avatar-generation", json={
        "hero_id": hero_id, "prompt": "a cheerful child with a yellow raincoat", "style": "watercolor",
        "size": "1024x1024", "quality": "high"}))
    assert httpx.get(avatar["avatar_url"]).status_code == 200


def test_an_unsafe_avatar_style_is_refused(app_client, hero_id):
    response = app_client.post("/avatar-generation", json={"hero_id": hero_id, "style": "gory horror with blood"})
    assert response.status_code == 400 and response.json()["error"]["code"] == "CONTENT_POLICY_VIOLATION"


def test_the_integration_guides_camel_case_bodies_are_read(app_client, hero_id):
    """The guide's Swift models encode their property names as they are: heroId,
    targetDuration, storyId."""
    story = assert_success(app_client.post("/story-generation", json={
        "heroId": hero_id, "event": {"type": "built_in", "data": {"event": "cloud_castle_journey"}},
        "targetDuration": 60, "language": "en"}))
    audio = assert_success(app_client.post("/audio-synthesis", json={
        "storyId": story["story_id"], "text": story["content"], "voice": "nova", "language": "en"}))
    assert audio["voice_used"] == "nova"


def test_a_key_spelt_both_ways_is_refused(app_client, hero_id):
    response = app_client.post("/story-generation", json={
        "heroId": hero_id, "hero_id": hero_id, "event": {"type": "built_in", "data": {"event": "cloud_castle_journey"}}})
    assert response.status_code == 400 and "hero_id" in response.text


def test_a_text_with_no_story_is_read_aloud_once(app_client):
    """The app's audio-synthesis of a bare text: narrated, stored, and answered from the
    cache the second time; an unsafe text is refused before anything is spoken."""
    body = {"text": "The little owl said goodnight to the moon and closed her eyes.", "voice": "fable",
            "language": "en"}
    audio = assert_success(app_client.post("/audio-synthesis", json=body))
    assert audio["voice_used"] == "fable" and audio["duration_seconds"] > 2
    assert httpx.get(audio["audio_url"]).headers["content-type"].startswith("audio/")
    again = assert_success(app_client.post("/audio-synthesis", json=body), cached=True)
    assert again["duration_seconds"] == audio["duration_seconds"]
    refused = app_client.post("/audio-synthesis", json={**body, "text": "he shoots the boy with a gun"})
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "CONTENT_POLICY_VIOLATION"
    nothing = app_client.post("/audio-synthesis", json={"voice": "fable"})
    assert nothing.status_code == 400 and nothing.json()["error"]["details"]["fields"][0]["field"] == "story_id"


def test_the_apps_scene_extraction_answers_what_its_parser_reads(app_client, hero_id):
    story = assert_success(app_client.post("/story-generation", json=ios_app.built_in_story(hero_id)))
    for scene in story["scenes"]:
        assert ios_app.parsed_by_the_app(scene) and scene["timestamp"] == scene["timestamp_seconds"], scene
    body = ios_app.scene_extraction(story["content"], story["estimated_duration"], hero_id, "Luna")
    response = app_client.post("/extract-scenes", json=body)
    assert response.headers["x-ratelimit-limit"] == "10"
    extracted = assert_success(response)
    scenes = extracted["scenes"]
    assert extracted["scene_count"] == len(scenes) and 3 <= len(scenes) <= 6
    assert [scene["scene_number"] for scene in scenes] == list(range(1, len(scenes) + 1))
    for scene in scenes:
        assert ios_app.parsed_by_the_app(scene), scene
        assert scene["timestamp"] == scene["timestamp_seconds"]
        assert scene["emotion"] in ios_app.APP_EMOTIONS and scene["importance"] in ios_app.APP_IMPORTANCE
    starts = [scene["timestamp"] for scene in scenes]
    assert starts[0] == 0 and starts == sorted(starts) and starts[-1] < story["estimated_duration"]
    assert "Luna" in " ".join(scene["text_segment"] for scene in scenes)

    # The same request in the brief's flat, camelCase spelling is the same request: cached.
    flat = {"storyContent": story["content"], "storyDuration": story["estimated_duration"], "heroId": hero_id,
            "heroName": "Luna", "eventContext": "Bedtime Adventure"}
    again = assert_success(app_client.post("/extract-scenes", json=flat), cached=True)
    assert again == extracted


def test_scene_starts_follow_the_length_the_app_gives(app_client, hero_id):
    content = ("Luna found a little boat by the pond and a duck came along. They sailed to the island of reeds. "
               "On the island a frog sang them a song about the moon. Then the wind carried them home, and Luna "
               "waved goodnight to the duck and the frog.")
    short = assert_success(app_client.post("/extract-scenes", json=ios_app.scene_extraction(content, 30, hero_id, "Luna")))
    long = assert_success(app_client.post("/extract-scenes", json=ios_app.scene_extraction(content, 90, hero_id, "Luna")))
    assert [s["text_segment"] for s in short["scenes"]] == [s["text_segment"] for s in long["scenes"]]
    for brief, slow in zip(short["scenes"], long["scenes"]):
        assert abs(slow["timestamp"] - 3 * brief["timestamp"]) < 0.01
    assert short["scenes"][-1]["timestamp"] < 30 and long["scenes"][-1]["timestamp"] > 30


def test_an_unsafe_story_sent_for_scenes_is_refused_by_the_gate(app_client, hero_id):
    body = ios_app.scene_extraction("Luna takes her father's gun and shoots the neighbours one by one.", 60, hero_id,
                                    "Luna")
    response = app_client.post("/extract-scenes", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == "CONTENT_POLICY_VIOLATION"
    assert response.json()["error"]["details"]["fields"][0]["field"] == "story_content"


def test_scenes_need_one_of_the_callers_heroes(api_url, app_client, hero_id, token_for):
    content = "Luna and a kind fox counted the stars until the moon smiled at them."
    nobody = app_client.post("/extract-scenes", json=ios_app.scene_extraction(content, 30, str(uuid.uuid4()), "Luna"))
    assert nobody.status_code == 404 and nobody.json()["error"]["code"] == "NOT_FOUND"
    other = {"Authorization": f"Bearer {token_for(uuid.uuid4())}"}
    theirs = httpx.post(f"{api_url}/v1/heroes", headers=other,
                        json={"name": "Milo", "primary_trait": "curious", "secondary_trait": "kind"}).json()["id"]
    assert app_client.post("/extract-scenes", json=ios_app.scene_extraction(content, 30, theirs, "Milo")).status_code == 404
    missing = app_client.post("/extract-scenes", json={"story_content": content, "story_duration": 30})
    assert missing.status_code == 400 and missing.json()["error"]["details"]["fields"][0]["field"] == "hero_id"
    mixed = app_client.post("/extract-scenes", json={**ios_app.scene_extraction(content, 30, hero_id, "Luna"),
                                                      "hero_id": str(uuid.uuid4())})
    assert mixed.status_code == 400 and mixed.json()["error"]["details"]["fields"][0]["field"] == "hero.id"


def test_extract_scenes_is_documented_with_its_errors(api_url):
    spec = httpx.get(f"{api_url}/schema/openapi.json").json()
    operation = spec["paths"]["/functions/v1/extract-scenes"]["post"]
    assert {"200", "400", "401", "404", "408", "429", "503"} <= set(operation["responses"])
    assert operation["security"] == [{"BearerAuth": []}]
    scene = spec["components"]["schemas"]["GeneratedScene"]
    assert {"timestamp", "timestamp_seconds"} <= set(scene["required"])
