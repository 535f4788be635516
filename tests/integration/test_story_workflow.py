"""StoryWorkflow on the real dev server: each way a story can end."""

from __future__ import annotations

import uuid
from collections import Counter

import pytest
from temporalio.api.enums.v1 import EventType
from temporalio.client import WorkflowFailureError
from temporalio.worker import Replayer

from contracts.activities import AvatarInput, NarrateInput
from contracts.names import avatar_workflow_id, narration_workflow_id, story_workflow_id
from contracts.progress import StoryProgress
from db.tables import Stories, StoryIllustrations, StoryScenes
from tests.integration.workflow_support import create_story_row, keep_history, run_story, story_worker
from worker.composition import WORKFLOWS
from workflows.avatar import AvatarWorkflow
from workflows.narration import NarrationWorkflow


@pytest.fixture
def media_dir(tmp_path):
    return tmp_path / "media"


async def test_a_story_completes_and_its_history_replays(client, media_dir):
    user = str(uuid.uuid4())
    story_id = await create_story_row(user)
    async with story_worker(client, media_dir) as queue:
        outcome = await run_story(client, queue, story_id, user)
    assert outcome.status == "completed" and outcome.failed_scenes == 0
    row = await Stories.select().where(Stories.id == story_id).first()
    assert row["status"] == "completed" and row["percent"] == 100 and row["audio_url"]
    scenes = await StoryScenes.count().where(StoryScenes.story_id == story_id)
    assert 3 <= scenes <= 6 and outcome.completed_scenes == scenes
    assert (media_dir / row["audio_url"]).stat().st_size > 10_000

    await keep_history(client, story_workflow_id(story_id), "story_completed")
    await keep_history(client, f"story-{story_id}-scene-1", "scene_completed")
    history = await client.get_workflow_handle(story_workflow_id(story_id)).fetch_history()
    await Replayer(workflows=WORKFLOWS).replay_workflow(history)
    # Media never travels through history: only keys and short texts do.
    assert len(history.to_json()) < 200_000


async def test_every_picture_failing_for_good_leaves_the_story_partial(client, media_dir):
    user = str(uuid.uuid4())
    story_id = await create_story_row(user)
    async with story_worker(client, media_dir, chaos='{"illustration": {"permanent": 1.0}}') as queue:
        outcome = await run_story(client, queue, story_id, user)
    assert outcome.status == "partial" and outcome.completed_scenes == 0
    await keep_history(client, story_workflow_id(story_id), "story_partial")
    await keep_history(client, f"story-{story_id}-scene-1", "scene_failed")
    row = await Stories.select(Stories.status, Stories.audio_url).where(Stories.id == story_id).first()
    assert row["status"] == "partial" and row["audio_url"], "text and audio are kept"
    statuses = await StoryIllustrations.select(StoryIllustrations.status).where(StoryIllustrations.story_id == story_id)
    assert {item["status"] for item in statuses} == {"failed"}


async def test_transient_failures_are_retried_to_completion(client, media_dir):
    user = str(uuid.uuid4())
    story_id = await create_story_row(user)
    async with story_worker(client, media_dir, first_attempts_fail=True) as queue:
        outcome = await run_story(client, queue, story_id, user)
    assert outcome.status == "completed" and outcome.failed_scenes == 0
    attempts = await StoryIllustrations.select(StoryIllustrations.attempts).where(StoryIllustrations.story_id == story_id)
    assert {row["attempts"] for row in attempts} == {2}, "each picture failed once, then was drawn"
    await keep_history(client, story_workflow_id(story_id), "story_retried_transients")


async def test_a_permanent_text_failure_fails_the_story_with_its_reason(client, media_dir):
    user = str(uuid.uuid4())
    story_id = await create_story_row(user)
    async with story_worker(client, media_dir, chaos='{"text": {"permanent": 1.0}}') as queue:
        with pytest.raises(WorkflowFailureError):
            await run_story(client, queue, story_id, user)
    await keep_history(client, story_workflow_id(story_id), "story_failed")
    row = await Stories.select().where(Stories.id == story_id).output(load_json=True).first()
    assert row["status"] == "failed" and row["error_code"] == "PROVIDER_ERROR"
    assert "injected permanent text failure" in row["error_message"]
    assert StoryProgress.from_mirror(row, []).error == {"code": "PROVIDER_ERROR", "message": row["error_message"]}


async def test_a_text_only_story_skips_narration_and_pictures(client, media_dir):
    user = str(uuid.uuid4())
    story_id = await create_story_row(user, narrate=False, illustrate=False)
    async with story_worker(client, media_dir) as queue:
        outcome = await run_story(client, queue, story_id, user)
    assert outcome.status == "completed"
    await keep_history(client, story_workflow_id(story_id), "story_text_only")
    row = await Stories.select().where(Stories.id == story_id).output(load_json=True).first()
    assert row["audio_url"] is None and row["content"]
    pictures = await StoryIllustrations.select().where(StoryIllustrations.story_id == story_id)
    progress = StoryProgress.from_mirror(row, pictures)
    assert progress.narration == "skipped" and progress.scenes
    assert {scene.status for scene in progress.scenes} == {"skipped"}


async def test_a_six_scene_story_history_is_the_work_not_its_bookkeeping(client, media_dir):
    """Each step writes its own progress: the story's history holds its steps and the
    scene children, each child named by its scene, and no activity per stage."""
    user = str(uuid.uuid4())
    story_id = await create_story_row(user, target_duration=300, num_scenes=6)
    async with story_worker(client, media_dir) as queue:
        outcome = await run_story(client, queue, story_id, user)
    assert outcome.status == "completed" and outcome.completed_scenes == 6
    history = await client.get_workflow_handle(story_workflow_id(story_id)).fetch_history()
    scheduled = [event.activity_task_scheduled_event_attributes.activity_type.name for event in history.events
                 if event.HasField("activity_task_scheduled_event_attributes")]
    children = [event.start_child_workflow_execution_initiated_event_attributes.workflow_id for event in history.events
                if event.HasField("start_child_workflow_execution_initiated_event_attributes")]
    kinds = Counter(EventType.Name(event.event_type).removeprefix("EVENT_TYPE_") for event in history.events)
    assert len(history.events) <= 100, kinds
    assert len(scheduled) <= 12 and "record_progress" not in scheduled, scheduled
    assert sorted(children) == sorted(f"story-{story_id}-scene-{n}" for n in range(1, 7))
    row = await Stories.select().where(Stories.id == story_id).output(load_json=True).first()
    pictures = await StoryIllustrations.select().where(StoryIllustrations.story_id == story_id)
    mirrored = StoryProgress.from_mirror(row, pictures)
    assert (mirrored.status, mirrored.percent, mirrored.narration) == ("completed", 100, "completed")
    assert [scene.status for scene in mirrored.scenes] == ["completed"] * 6
    assert mirrored.started_at and mirrored.updated_at >= mirrored.started_at


async def test_a_new_voice_and_an_avatar_run_as_their_own_workflows(client, media_dir):
    user = str(uuid.uuid4())
    story_id = await create_story_row(user)
    async with story_worker(client, media_dir) as queue:
        await run_story(client, queue, story_id, user)
        narration = await client.execute_workflow(
            NarrationWorkflow.run, NarrateInput(story_id, user, "shimmer"),
            id=narration_workflow_id(story_id, "shimmer"), task_queue=queue,
        )
        hero_id = str((await Stories.select(Stories.hero_id).where(Stories.id == story_id).first())["hero_id"])
        avatar = await client.execute_workflow(
            AvatarWorkflow.run, AvatarInput(hero_id, user, "avatar-test"),
            id=avatar_workflow_id(hero_id, "avatar-test"), task_queue=queue,
        )
    await keep_history(client, narration_workflow_id(story_id, "shimmer"), "narration_new_voice")
    await keep_history(client, avatar_workflow_id(hero_id, "avatar-test"), "avatar")
    assert narration.audio_key.endswith("/shimmer/story.mp3") and (media_dir / narration.audio_key).is_file()
    assert len(narration.scene_audio_keys) == len(narration.scene_offsets_seconds)
    assert (await Stories.select(Stories.audio_voice).where(Stories.id == story_id).first())["audio_voice"] == "shimmer"
    assert (media_dir / avatar.avatar_key).is_file() and avatar.visual_profile["hair_color"] == "red"


async def test_scenes_of_a_text_the_app_keeps_are_made_and_checked_with_nothing_saved(client, media_dir):
    """The app's extract-scenes: the story's extraction and scene check, for a text with
    no story row; the check's decisions are filed under the extraction, as the user's."""
    from contracts.story import HeroProfile, StoryBrief, StoryText
    from contracts.workflows import SceneExtractionInput
    from db.tables import ContentFlags
    from workflows.scene_extraction import SceneExtractionWorkflow

    user, extraction_id = str(uuid.uuid4()), str(uuid.uuid4())
    text = ("Pip walked into the forest all alone, humming a tune. A kind fox came out of the ferns and said hello. "
            "Together they found a pond full of glowing lily pads. At last Pip went home to bed and slept.")
    brief = StoryBrief("en", 60, 7, HeroProfile("Pip", "brave", "kind", appearance="red hair and a green scarf"))
    async with story_worker(client, media_dir) as queue:
        scenes = await client.execute_workflow(
            SceneExtractionWorkflow.run, SceneExtractionInput(user, extraction_id, brief, StoryText("", text)),
            id=f"scenes-{user}-test", task_queue=queue)
    await keep_history(client, f"scenes-{user}-test", "scene_extraction")
    history = await client.get_workflow_handle(f"scenes-{user}-test").fetch_history()
    await Replayer(workflows=WORKFLOWS).replay_workflow(history)
    assert 3 <= len(scenes) <= 6 and [scene.scene_number for scene in scenes] == list(range(1, len(scenes) + 1))
    told = " ".join(scene.text_segment for scene in scenes)
    assert "Pip" in told and "all alone" not in told, "nobody is left alone, as in a story of ours"
    assert all("nothing frightening" in scene.illustration_prompt for scene in scenes), "the pictures' style is added"
    assert not await Stories.exists().where(Stories.id == extraction_id)
    flags = await ContentFlags.select().where(ContentFlags.content_id == extraction_id)
    assert flags and {str(flag["user_id"]) for flag in flags} == {user}
    assert any(flag["reason_code"] == "ISOLATION_REWRITTEN" for flag in flags)


async def test_maintenance_removes_what_has_expired(client, media_dir):
    from db.engine import run_sql
    from workflows.maintenance import MaintenanceWorkflow

    await run_sql(
        "INSERT INTO cache_entries (key, value, expires_at) VALUES ($1, '{}'::jsonb, now() - interval '1 minute')",
        f"story:{uuid.uuid4()}:built_in:x:en:60",
    )
    await run_sql(
        "INSERT INTO rate_limits (user_id, function_name, window_start, window_end)"
        " VALUES ($1, 'story-generation', now() - interval '2 hours', now() - interval '1 hour')",
        uuid.uuid4(),
    )
    async with story_worker(client, media_dir) as queue:
        result = await client.execute_workflow(MaintenanceWorkflow.run, id=f"maintenance-{uuid.uuid4()}", task_queue=queue)
    assert result.cache_entries >= 1 and result.rate_limit_rows >= 1


async def test_unsafe_input_fails_the_story_and_is_audited(client, media_dir):
    from db.tables import ContentFlags, CustomEvents

    user = str(uuid.uuid4())
    story_id = await create_story_row(user)
    event_id = uuid.uuid4()
    await CustomEvents.insert(CustomEvents(id=event_id, user_id=user, title="Party",
                                           prompt_seed="the grown-ups get drunk on whisky and beer"))
    await Stories.update({Stories.custom_event_id: event_id, Stories.event_type: "custom"}, force=True).where(
        Stories.id == story_id)
    async with story_worker(client, media_dir) as queue:
        with pytest.raises(WorkflowFailureError):
            await run_story(client, queue, story_id, user)
    row = await Stories.select(Stories.status, Stories.error_code, Stories.content).where(Stories.id == story_id).first()
    assert row["status"] == "failed" and row["error_code"] == "CONTENT_POLICY_VIOLATION" and row["content"] is None
    flags = await ContentFlags.select().where(ContentFlags.content_id == story_id)
    assert any(flag["action_taken"] == "rejected" and flag["flag_type"] == "drugs" for flag in flags)


async def test_harmful_input_is_refused_not_reworded(client, media_dir):
    from db.tables import ContentFlags, Heroes

    user = str(uuid.uuid4())
    story_id = await create_story_row(user)
    hero_id = (await Stories.select(Stories.hero_id).where(Stories.id == story_id).first())["hero_id"]
    # Saved before today's gate (or straight into the database): the story checks it again.
    await Heroes.update({Heroes.special_ability: "fights monsters with a sword"}, force=True).where(Heroes.id == hero_id)
    async with story_worker(client, media_dir) as queue:
        with pytest.raises(WorkflowFailureError):
            await run_story(client, queue, story_id, user)
    row = await Stories.select(Stories.status, Stories.error_code, Stories.content).where(Stories.id == story_id).first()
    assert row["status"] == "failed" and row["error_code"] == "CONTENT_POLICY_VIOLATION" and row["content"] is None
    flags = await ContentFlags.select().where(ContentFlags.content_id == story_id)
    assert any(flag["content_type"] == "hero" and flag["action_taken"] == "rejected" for flag in flags)
    assert not any(flag["action_taken"] == "modified" for flag in flags), "a parent's text is never reworded"


async def test_operators_read_the_audit_from_the_command_line(client, media_dir):
    import asyncio
    import os
    import subprocess
    import sys

    from db.tables import Heroes

    user = str(uuid.uuid4())
    story_id = await create_story_row(user)
    hero_id = (await Stories.select(Stories.hero_id).where(Stories.id == story_id).first())["hero_id"]
    await Heroes.update({Heroes.appearance: "a scary black cloak"}, force=True).where(Heroes.id == hero_id)
    async with story_worker(client, media_dir) as queue:
        await run_story(client, queue, story_id, user)
    command = [sys.executable, "-m", "api.operations.cli", "flags", "--content-id", story_id]
    result = await asyncio.to_thread(subprocess.run, command, capture_output=True, text=True, env=os.environ, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "fear" in result.stdout and "scary" in result.stdout and story_id in result.stdout
    # Only decisions: the picture prompts' own "nothing frightening" is no decision of the checker's.
    assert "frightening" not in result.stdout and "CONTEXT_ALLOWED" not in result.stdout, result.stdout
