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
