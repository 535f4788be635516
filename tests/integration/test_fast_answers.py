"""Answers the app waits on do not wait on work they do not need: a stack whose
pictures take half a minute each (STORYLOOM_CHAOS) still answers audio-synthesis of
a story whose narration is done, from what is stored, while the pictures are drawn."""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

import httpx
import pytest
from temporalio.client import Client
from temporalio.service import RPCError

from contracts.names import narration_workflow_id
from tests.conftest import _stop, _storyloom, _wait_for_http, free_port
from tests.integration.test_functions_api import assert_success

ROOT = Path(__file__).resolve().parents[2]
SLOW_PICTURES = '{"illustration": {"latency_ms": [40000, 45000]}}'


@pytest.fixture
def slow_pictures_api(database_url, temporal_address, session_home, tmp_path):
    """An API and a worker of their own (their own task queue), whose picture provider
    takes 40-45 s a picture."""
    config = tmp_path / "temporal.yaml"
    config.write_text((ROOT / "temporal.yaml").read_text().replace(
        "stories: storyloom-stories", f"stories: slow-pictures-{uuid.uuid4().hex[:8]}"))
    environment = {"STORYLOOM_TEMPORAL_CONFIG": str(config), "STORYLOOM_CHAOS": SLOW_PICTURES}
    worker, _ = _storyloom(session_home, "worker-slow-pictures", "worker", extra_env=environment)
    port = free_port()
    api, log_path = _storyloom(session_home, "api-slow-pictures", "api", "--port", str(port), extra_env=environment)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for_http(f"{url}/functions/v1/health", api, log_path)
        yield url
    finally:
        _stop(api)
        _stop(worker)


def narration_runs(temporal_address: str, story_id: str, voice: str) -> bool:
    async def describe() -> bool:
        client = await Client.connect(temporal_address)
        try:
            await client.get_workflow_handle(narration_workflow_id(story_id, voice)).describe()
        except RPCError:
            return False
        return True

    return asyncio.run(describe())


def test_audio_of_a_narrated_story_is_answered_while_its_pictures_are_drawn(
        slow_pictures_api, token_for, temporal_address):
    headers = {"Authorization": f"Bearer {token_for(uuid.uuid4())}"}
    with httpx.Client(base_url=slow_pictures_api, headers=headers, timeout=180) as api:
        hero = api.post("/v1/heroes", json={"name": "Luna", "primary_trait": "brave", "secondary_trait": "kind"})
        assert hero.status_code == 201, hero.text
        story = assert_success(api.post("/functions/v1/story-generation", json={
            "hero_id": hero.json()["id"], "event": {"type": "built_in", "data": {"event": "cloud_castle_journey"}},
            "target_duration": 60, "language": "en"}))
        story_id = story["story_id"]
        voice = api.get(f"/v1/stories/{story_id}").json()["audio_voice"]

        deadline = time.monotonic() + 120
        progress = api.get(f"/v1/stories/{story_id}/progress").json()
        while progress["narration"] != "completed" and time.monotonic() < deadline:
            time.sleep(0.3)
            progress = api.get(f"/v1/stories/{story_id}/progress").json()
        assert progress["narration"] == "completed", progress

        audio = assert_success(api.post("/functions/v1/audio-synthesis", json={
            "story_id": story_id, "text": story["content"], "voice": voice, "language": "en"}))
        assert audio["voice_used"] == voice and audio["duration_seconds"] > 10 and audio["file_size_bytes"] > 10_000
        assert httpx.get(audio["audio_url"]).headers["content-type"].startswith("audio/")

        drawing = api.get(f"/v1/stories/{story_id}/progress").json()
        assert drawing["status"] == "running" and any(scene["status"] != "completed" for scene in drawing["scenes"]), \
            "the pictures were still being drawn when the audio was answered"
        assert not narration_runs(temporal_address, story_id, voice), "answered from storage, with no workflow"
        again = assert_success(api.post("/functions/v1/audio-synthesis", json={"story_id": story_id, "voice": voice}),
                               cached=True)
        assert again["duration_seconds"] == audio["duration_seconds"]
