"""A whole story and an avatar through the OpenAI provider, against the local
stand-in of OpenAI's API, driven by the real SDK."""

from __future__ import annotations

import hashlib
import json
import uuid

import pytest
from temporalio.client import WorkflowFailureError

from activities.providers.openai import safety_identifier
from api.services.story_service import story_cost
from contracts.activities import AvatarInput
from contracts.names import avatar_workflow_id, story_workflow_id
from contracts.read_along import NarratedScene
from db.tables import ApiUsage, Heroes, Stories, StoryIllustrations
from tests.fakes.openai_server import Fault
from tests.integration.workflow_support import (
    create_story_row,
    keep_history,
    openai_providers,
    run_story,
    story_worker,
)
from workflows.avatar import AvatarWorkflow


async def test_an_avatar_then_a_story_through_openai(client, fake_openai, tmp_path, monkeypatch):
    media_dir = tmp_path / "media"
    providers = openai_providers(fake_openai, media_dir, monkeypatch)
    user = str(uuid.uuid4())
    story_id = await create_story_row(user, target_duration=120)
    hero_id = str((await Stories.select(Stories.hero_id).where(Stories.id == story_id).first())["hero_id"])
    await Heroes.update({Heroes.name: "Zephyrine"}, force=True).where(Heroes.id == hero_id)
    # Every endpoint's first call is rate limited: each must be retried, honouring Retry-After.
    endpoints = ("chat", "moderations", "speech", "images", "edits")
    for endpoint in endpoints:
        fake_openai.inject(endpoint, Fault(status=429, retry_after="1", times=1))
    # A transcription is not worth a retry: that scene's words are estimated instead.
    fake_openai.inject("transcriptions", Fault(status=429, retry_after="1", times=1))

    async with story_worker(client, media_dir, providers=providers) as queue:
        avatar = await client.execute_workflow(
            AvatarWorkflow.run, AvatarInput(hero_id, user, "avatar-openai"),
            id=avatar_workflow_id(hero_id, "avatar-openai"), task_queue=queue,
        )
        outcome = await run_story(client, queue, story_id, user)

    assert (media_dir / avatar.avatar_key).is_file()
    assert outcome.status == "completed", outcome
    story = await Stories.select(Stories.title, Stories.content, Stories.audio_url).where(Stories.id == story_id).first()
    assert "Zephyrine" in story["content"], "the name is restored in the story"
    assert story["audio_url"] and (media_dir / story["audio_url"]).stat().st_size > 0
    pictures = await StoryIllustrations.select(StoryIllustrations.status).where(StoryIllustrations.story_id == story_id)
    assert {picture["status"] for picture in pictures} == {"completed"}

    statuses = [request.status for request in fake_openai.requests]
    assert statuses.count(429) == len(endpoints) + 1 and all(status in (200, 429) for status in statuses), statuses
    scenes = [NarratedScene.from_json(path.read_bytes())
              for path in sorted((media_dir / story["audio_url"]).parent.glob("scene-*.json"))]
    assert len(scenes) == len(pictures)
    assert sorted(scene.word_timing for scene in scenes) == ["estimate"] + ["transcription"] * (len(scenes) - 1)
    assert any(word.text == "Zephyrine" for scene in scenes for word in scene.words), "the name is timed here"
    transcribed = [request for request in fake_openai.calls("transcriptions") if request.status == 200]
    assert transcribed and all(request.fields["model"] == "whisper-1" for request in transcribed)
    assert all(hashlib.sha256(request.fields["file"][0][2]).hexdigest() in fake_openai.said
               for request in transcribed), "only what OpenAI itself said goes back to it"
    assert fake_openai.calls("moderations") and any(
        request.json["response_format"]["json_schema"]["name"] == "content_analysis"
        for request in fake_openai.calls("chat")
    ), "the AI layer reviewed the story"
    edits = [request for request in fake_openai.calls("edits") if request.status == 200]
    assert len(edits) == len(pictures), "every scene is drawn from the avatar"
    for request in fake_openai.requests:
        assert "zephyrine" not in request.text.lower(), f"the child's name reached {request.path}"
        assert user not in request.text, f"the user id reached {request.path}"
    metadata = (await Stories.select(Stories.generation_metadata).where(Stories.id == story_id)
                .output(load_json=True).first())["generation_metadata"]
    cost = story_cost(metadata)
    assert cost["tokens"] > 0 and cost["cost_usd"] > 0
    assert cost["models"]["gpt-4o"]["input_tokens"] > 0 and cost["models"]["gpt-image-1"]["images"] == len(pictures)
    assert cost["models"]["gpt-4o-mini-tts"]["characters"] > 0
    assert cost["models"]["whisper-1"]["audio_seconds"] > 0
    usage = await ApiUsage.select(ApiUsage.function_name, ApiUsage.cost_estimate).where(ApiUsage.user_id == user)
    functions = {row["function_name"] for row in usage}
    assert {"pipeline.write_story", "pipeline.narrate_story", "pipeline.illustrate_scene",
            "pipeline.generate_avatar"} <= functions
    assert sum(row["cost_estimate"] for row in usage) > 0
    hashed = safety_identifier(user, "test-salt")
    for request in fake_openai.calls("chat") + fake_openai.calls("images"):
        assert request.json.get("safety_identifier") == hashed, f"{request.path} carries the hashed user"


UNSAFE_DRAFT = json.dumps({
    "title": "[HERO] and the Knight",
    "content": "The knight pulled out his gun and shot the old fox, and there was blood everywhere.\n\n"
               "[HERO] cried all night, and nobody ever came.",
})


async def test_a_draft_that_fails_its_check_is_written_again_with_guidance(client, fake_openai, tmp_path, monkeypatch):
    media_dir = tmp_path / "media"
    providers = openai_providers(fake_openai, media_dir, monkeypatch)
    user = str(uuid.uuid4())
    story_id = await create_story_row(user, target_duration=60)
    fake_openai.chat_replies = [UNSAFE_DRAFT]
    async with story_worker(client, media_dir, providers=providers) as queue:
        outcome = await run_story(client, queue, story_id, user)
    assert outcome.status == "completed", outcome
    content = (await Stories.select(Stories.content).where(Stories.id == story_id).first())["content"]
    assert "gun" not in content and "blood" not in content, "the second draft is the one kept"
    stories = [r for r in fake_openai.calls("chat") if r.json["response_format"]["json_schema"]["name"] == "story"]
    assert len(stories) == 2
    guidance = stories[1].json["messages"][0]["content"]
    assert "did not pass the child-safety check" in guidance and "VIOLENCE" in guidance.upper()
    history = await client.get_workflow_handle(story_workflow_id(story_id)).fetch_history()
    scheduled = [e.activity_task_scheduled_event_attributes.activity_type.name for e in history.events
                 if e.HasField("activity_task_scheduled_event_attributes")]
    assert scheduled.count("write_story") == 2 and scheduled.count("check_story") == 2, scheduled
    assert "moderate_story" not in scheduled
    await keep_history(client, story_workflow_id(story_id), "story_redrafted")


async def test_a_story_whose_every_draft_fails_fails_with_the_code(client, fake_openai, tmp_path, monkeypatch):
    media_dir = tmp_path / "media"
    providers = openai_providers(fake_openai, media_dir, monkeypatch)
    user = str(uuid.uuid4())
    story_id = await create_story_row(user, target_duration=60)
    fake_openai.chat_replies = [UNSAFE_DRAFT] * 3
    async with story_worker(client, media_dir, providers=providers) as queue:
        with pytest.raises(WorkflowFailureError):
            await run_story(client, queue, story_id, user)
    row = await Stories.select(Stories.status, Stories.error_code, Stories.content).where(Stories.id == story_id).first()
    assert row["status"] == "failed" and row["error_code"] == "CONTENT_POLICY_VIOLATION" and row["content"] is None
    stories = [r for r in fake_openai.calls("chat") if r.json["response_format"]["json_schema"]["name"] == "story"]
    assert len(stories) == 3, "a bounded number of drafts"
