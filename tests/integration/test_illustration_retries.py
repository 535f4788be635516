"""Failed pictures run again, from the API and from the command line."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid

import httpx
import pytest
from temporalio.client import Client

from db.tables import Stories, StoryIllustrations
from tests.integration.workflow_support import create_story_row, keep_history, run_story, story_worker

pytestmark = pytest.mark.usefixtures("worker_process")



async def partial_story(client: Client, media_dir, user: str) -> str:
    """A story whose every picture failed for good, as a broken image provider leaves it."""
    story_id = await create_story_row(user)
    async with story_worker(client, media_dir, chaos='{"illustration": {"permanent": 1.0}}') as queue:
        outcome = await run_story(client, queue, story_id, user)
    assert outcome.status == "partial"
    return story_id


async def wait_for_status(story_id: str, wanted: str, timeout: float = 120) -> None:
    async def poll():
        while (await Stories.select(Stories.status).where(Stories.id == story_id).first())["status"] != wanted:
            await asyncio.sleep(0.3)
    await asyncio.wait_for(poll(), timeout)


async def scene_runs(client: Client, story_id: str, scene_number: int, expected: list[str]) -> list[str]:
    """The statuses of a scene's runs, once the latest has closed and visibility caught up."""
    workflow_id = f"story-{story_id}-scene-{scene_number}"
    query = f'WorkflowId = "{workflow_id}"'
    statuses: list[str] = []
    for _ in range(100):
        statuses = sorted([execution.status.name async for execution in client.list_workflows(query)])
        if statuses == expected:
            break
        await asyncio.sleep(0.2)
    return statuses


async def test_retry_turns_a_partial_story_into_a_completed_one(client, api_url, token_for, tmp_path):
    user = str(uuid.uuid4())
    story_id = await partial_story(client, tmp_path, user)
    headers = {"Authorization": f"Bearer {token_for(user)}"}
    async with httpx.AsyncClient(base_url=api_url, headers=headers) as http:
        response = await http.post(f"/v1/stories/{story_id}/illustrations/retry")
        assert response.status_code == 202, response.text
        runs = response.json()["runs"]
        assert runs and {run["outcome"] for run in runs} == {"started"}
        # From the moment the retry is accepted, the story reads as in progress, so a
        # client polling until it settles waits for the retry to finish.
        progress = (await http.get(f"/v1/stories/{story_id}/progress")).json()
        assert progress["status"] == "running" and progress["stage"] == "redrawing", progress
        assert {scene["status"] for scene in progress["scenes"]} <= {"running", "completed"}
        await wait_for_status(story_id, "completed")
        story = (await http.get(f"/v1/stories/{story_id}")).json()
    assert {scene["illustration_status"] for scene in story["scenes"]} == {"completed"}
    assert all(scene["image_url"] for scene in story["scenes"])
    # The failed first run and the successful retry both stay in Temporal's history.
    assert await scene_runs(client, story_id, 1, ["COMPLETED", "FAILED"]) == ["COMPLETED", "FAILED"]
    await keep_history(client, f"story-{story_id}-scene-1", "scene_retried_alone")


async def test_regenerating_a_scene_draws_a_new_picture(client, api_url, token_for, tmp_path):
    user = str(uuid.uuid4())
    story_id = await create_story_row(user)
    async with story_worker(client, tmp_path) as queue:
        assert (await run_story(client, queue, story_id, user)).status == "completed"
    before = await StoryIllustrations.select(StoryIllustrations.image_url).where(
        (StoryIllustrations.story_id == story_id) & (StoryIllustrations.scene_number == 2)).first()
    headers = {"Authorization": f"Bearer {token_for(user)}"}
    async with httpx.AsyncClient(base_url=api_url, headers=headers) as http:
        response = await http.post(f"/v1/stories/{story_id}/scenes/2/illustration",
                                   json={"prompt": "the hero and a friendly owl reading under a lantern"})
        assert response.status_code == 202, response.text
        assert response.json()["outcome"] == "started"

        async def redrawn():
            while True:
                row = await StoryIllustrations.select().where(
                    (StoryIllustrations.story_id == story_id) & (StoryIllustrations.scene_number == 2)).first()
                if row["status"] == "completed" and row["image_url"] != before["image_url"]:
                    return row
                await asyncio.sleep(0.3)

        row = await asyncio.wait_for(redrawn(), 120)
        # The adjusted prompt went through safety: kept, with the child-friendly style added.
        assert row["revised_prompt"].startswith("the hero and a friendly owl reading under a lantern")
        assert "child-friendly" in row["revised_prompt"]
        assert row["image_url"].endswith("scene-2-r1.png")
        await wait_for_status(story_id, "completed")
        missing = await http.post(f"/v1/stories/{story_id}/scenes/9/illustration")
        assert missing.status_code == 404
        nothing_failed = await http.post(f"/v1/stories/{story_id}/illustrations/retry")
        assert nothing_failed.status_code == 202 and nothing_failed.json()["runs"] == []
    assert await scene_runs(client, story_id, 2, ["COMPLETED", "COMPLETED"]) == ["COMPLETED", "COMPLETED"]


async def test_a_story_still_running_cannot_be_retried(api_url, token_for, db_pool):
    user = str(uuid.uuid4())
    story_id = await create_story_row(user)  # queued: no workflow picked it up
    headers = {"Authorization": f"Bearer {token_for(user)}"}
    async with httpx.AsyncClient(base_url=api_url, headers=headers) as http:
        response = await http.post(f"/v1/stories/{story_id}/illustrations/retry")
        assert response.status_code == 409 and response.json()["error"]["code"] == "CONFLICT"
        stranger = {"Authorization": f"Bearer {token_for(uuid.uuid4())}"}
        assert (await http.post(f"/v1/stories/{story_id}/illustrations/retry", headers=stranger)).status_code == 404


async def test_the_command_line_retries_a_scene(client, tmp_path, session_home):
    user = str(uuid.uuid4())
    story_id = await partial_story(client, tmp_path, user)
    command = [sys.executable, "-m", "api.operations.cli", "illustrations", "retry", story_id, "--scene", "1"]
    result = await asyncio.to_thread(subprocess.run, command, capture_output=True, text=True, env=os.environ, timeout=60)
    assert result.returncode == 0, result.stderr
    assert f"scene 1: started (story-{story_id}-scene-1)" in result.stdout

    async def scene_one_done():
        while (await StoryIllustrations.select(StoryIllustrations.status).where(
                (StoryIllustrations.story_id == story_id) & (StoryIllustrations.scene_number == 1)).first())["status"] != "completed":
            await asyncio.sleep(0.3)
    await asyncio.wait_for(scene_one_done(), 120)
    # Other scenes still lack pictures: the story stays partial.
    await asyncio.sleep(1)
    assert (await Stories.select(Stories.status).where(Stories.id == story_id).first())["status"] == "partial"

    waited = [sys.executable, "-m", "api.operations.cli", "illustrations", "retry", story_id, "--scene", "2", "--wait"]
    result = await asyncio.to_thread(subprocess.run, waited, capture_output=True, text=True, env=os.environ, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "scene 2: drawn", result.stdout


async def test_a_retry_temporal_cannot_take_leaves_the_story_as_it_was(client, token_for, tmp_path, session_home):
    from db.embedded import free_port

    user = str(uuid.uuid4())
    story_id = await partial_story(client, tmp_path, user)
    port = free_port()
    # An API whose Temporal is gone (nothing listens on that port).
    api = subprocess.Popen(
        [sys.executable, "-m", "api.operations.cli", "api", "--port", str(port)],
        env={**os.environ, "TEMPORAL_ADDRESS": f"127.0.0.1:{free_port()}", "STORYLOOM_HOME": str(session_home)},
        stdout=open(tmp_path / "api.log", "ab"), stderr=subprocess.STDOUT,
    )
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}",
                                     headers={"Authorization": f"Bearer {token_for(user)}"}, timeout=60) as http:
            for _ in range(200):
                try:
                    await http.get("/functions/v1/health")
                    break
                except httpx.TransportError:
                    await asyncio.sleep(0.2)
            response = await http.post(f"/v1/stories/{story_id}/illustrations/retry")
            assert response.status_code == 503, response.text
            assert response.headers["Retry-After"]
            story = (await http.get(f"/v1/stories/{story_id}")).json()
        assert story["status"] == "partial"
        assert {scene["illustration_status"] for scene in story["scenes"]} == {"failed"}
    finally:
        api.terminate()
        api.wait(20)


async def test_the_apps_own_scenes_settle_only_when_every_picture_is_done(client, tmp_path):
    """A story of the app's scenes (as scene-illustration makes one): a failed picture
    leaves it partial once the others are done, never before; drawn again, it completes.
    The app's prompt is a client's text: checked, then given the pictures' style."""
    import json

    from temporalio.client import WorkflowFailureError
    from temporalio.common import WorkflowIDReusePolicy

    from contracts.activities import IllustrateSceneInput
    from contracts.names import scene_workflow_id
    from db.tables import Heroes, StoryScenes
    from workflows.scene import SceneIllustrationWorkflow

    user, hero_id, story_id = str(uuid.uuid4()), uuid.uuid4(), str(uuid.uuid4())
    await Heroes.insert(Heroes(id=hero_id, user_id=user, name="Pip", primary_trait="brave", secondary_trait="kind"))
    await Stories.insert(Stories(
        id=story_id, user_id=user, hero_id=hero_id, event_type="app_scenes", event_data="{}", status="running",
        stage="producing", generation_metadata=json.dumps({"hero_visual_profile": {"appearance": "red hair"}})))
    for number, prompt in ((1, "Pip and a fox fly a kite on a hill"), (2, "Pip and a fox eat cherries by a stream")):
        scene = await StoryScenes.insert(StoryScenes(story_id=story_id, scene_number=number, text_segment=prompt,
                                                     illustration_prompt=prompt, timestamp_seconds=0)).returning(
            StoryScenes.id)
        await StoryIllustrations.insert(StoryIllustrations(story_id=story_id, scene_id=scene[0]["id"],
                                                           scene_number=number))

    async def draw(queue: str, number: int):
        return await client.execute_workflow(
            SceneIllustrationWorkflow.run, IllustrateSceneInput(story_id, user, number),
            id=scene_workflow_id(story_id, number), task_queue=queue,
            id_reuse_policy=WorkflowIDReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY)

    async def status() -> str:
        return (await Stories.select(Stories.status).where(Stories.id == story_id).first())["status"]

    async with story_worker(client, tmp_path, chaos='{"illustration": {"permanent": 1.0}}') as queue:
        with pytest.raises(WorkflowFailureError):
            await draw(queue, 1)
    assert await status() == "running", "scene 2 is still to be drawn"
    async with story_worker(client, tmp_path) as queue:
        await draw(queue, 2)
        assert await status() == "partial"
        await draw(queue, 1)
    assert await status() == "completed"
    rows = await StoryIllustrations.select().where(StoryIllustrations.story_id == story_id)
    assert {row["status"] for row in rows} == {"completed"}
    assert all("kite" in row["revised_prompt"] or "cherries" in row["revised_prompt"] for row in rows)
    assert all("nothing frightening" in row["revised_prompt"] for row in rows), "the pictures' style is added"
