"""A worker killed with SIGKILL mid-story, and another taking over."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import uuid

import yaml

from contracts.names import story_workflow_id
from contracts.policy import CHECKOUT_POLICY_PATH
from contracts.workflows import StoryWorkflowInput
from db.tables import Stories, StoryIllustrations, StoryScenes
from tests.integration.workflow_support import create_story_row
from workflows.story import StoryWorkflow

# Slow enough pictures and speech that the kill lands while they are being made.
CHAOS = '{"illustration": {"latency_ms": [2500, 2600]}, "narration": {"latency_ms": [1500, 1600]}}'



def policy_for_queue(tmp_path, queue: str):
    """The shipped policy on a queue of its own, with short heartbeats so the
    killed worker's activities are noticed in seconds rather than half a minute."""
    raw = yaml.safe_load(CHECKOUT_POLICY_PATH.read_text())
    raw["task_queues"]["stories"] = queue
    for name in ("narrate_story", "illustrate_scene"):
        raw["activities"][name]["heartbeat"] = "2s"
    path = tmp_path / "temporal.yaml"
    path.write_text(yaml.safe_dump(raw))
    return path


def start_worker(policy_path, log_path, chaos: str | None) -> subprocess.Popen:
    environment = {**os.environ, "STORYLOOM_TEMPORAL_CONFIG": str(policy_path)}
    if chaos:
        environment["STORYLOOM_CHAOS"] = chaos
    return subprocess.Popen([sys.executable, "-m", "api.operations.cli", "worker"], env=environment,
                            stdout=open(log_path, "ab"), stderr=subprocess.STDOUT)


async def test_a_killed_worker_is_replaced_and_nothing_is_paid_for_twice(encrypted_client, tmp_path, session_home):
    client = encrypted_client
    queue = f"test-kill-{uuid.uuid4()}"
    policy_path = policy_for_queue(tmp_path, queue)
    user = str(uuid.uuid4())
    story_id = await create_story_row(user, target_duration=120)
    first = start_worker(policy_path, tmp_path / "first.log", CHAOS)
    handle = await client.start_workflow(
        StoryWorkflow.run, StoryWorkflowInput(story_id, user), id=story_workflow_id(story_id), task_queue=queue
    )

    async def some_pictures_done_and_some_in_flight():
        while True:
            rows = await StoryIllustrations.select(StoryIllustrations.status).where(StoryIllustrations.story_id == story_id)
            statuses = [row["status"] for row in rows]
            if "completed" in statuses and "processing" in statuses:
                return
            await asyncio.sleep(0.05)

    await asyncio.wait_for(some_pictures_done_and_some_in_flight(), 120)
    media = session_home / "media"
    # Whatever is stored at the moment of the kill was finished and paid for.
    done_before = {
        path: path.stat().st_mtime_ns
        for bucket in ("story-illustrations", "story-audio")
        for path in (media / bucket / user / story_id).rglob("*")
        if path.is_file()
    }
    assert any(path.suffix == ".png" for path in done_before)
    first.send_signal(signal.SIGKILL)
    first.wait()

    second = start_worker(policy_path, tmp_path / "second.log", None)
    try:
        outcome = await asyncio.wait_for(handle.result(), 180)
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(30)

    assert outcome.status == "completed"
    scenes = await StoryScenes.select(StoryScenes.scene_number).where(StoryScenes.story_id == story_id)
    numbers = [scene["scene_number"] for scene in scenes]
    assert len(numbers) == len(set(numbers)) and 3 <= len(numbers) <= 6
    pictures = await StoryIllustrations.select().where(StoryIllustrations.story_id == story_id)
    assert len(pictures) == len(numbers) and {picture["status"] for picture in pictures} == {"completed"}
    stored = sorted(path.name for path in (media / "story-illustrations" / user / story_id).iterdir())
    assert stored == sorted(f"scene-{n}.png" for n in numbers), "one object per scene, no leftovers"
    # Pictures that were finished before the kill were not drawn again.
    for path, modified in done_before.items():
        assert path.stat().st_mtime_ns == modified, f"{path.name} was made again"
    row = await Stories.select(Stories.status, Stories.audio_url).where(Stories.id == story_id).first()
    assert row["status"] == "completed" and row["audio_url"]
