"""Starting scene illustration runs again: retries of failed pictures and
regenerations of one scene. Shared by the API routes and `storyloom illustrations`.

Each run is a new execution of the scene's own workflow (`story-<id>-scene-<n>`), so
its history sits beside the first run's in the Temporal UI.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import TypeVar
from uuid import UUID

from temporalio.client import Client
from temporalio.common import TypedSearchAttributes, WorkflowIDConflictPolicy, WorkflowIDReusePolicy
from temporalio.exceptions import WorkflowAlreadyStartedError
from temporalio.service import RPCError

from api.http.errors import ApiError, service_unavailable
from api.services.search_attributes import story_search_attributes
from contracts.activities import IllustrateSceneInput
from contracts.names import scene_workflow_id
from contracts.vocabulary import REDRAWING_STAGE
from db.tables import Stories, StoryIllustrations
from workflows.scene import SceneIllustrationWorkflow

SETTLED_STATUSES = ("completed", "partial")
T = TypeVar("T")


@dataclass(frozen=True)
class SceneRun:
    scene_number: int
    workflow_id: str
    run_id: str | None
    # "started", or why not: "already_running", "already_completed"
    outcome: str


async def story_scene_statuses(story_id: UUID) -> tuple[dict, dict[int, dict]]:
    """The story row and its illustration rows, read in the caller's transaction."""
    story = await Stories.select(Stories.id, Stories.user_id, Stories.status).where(Stories.id == story_id).first()
    if story is None:
        raise ApiError(404, "NOT_FOUND", "Story was not found")
    rows = await StoryIllustrations.select(
        StoryIllustrations.scene_number, StoryIllustrations.status, StoryIllustrations.retry_count,
        StoryIllustrations.generation_metadata,
    ).where(StoryIllustrations.story_id == story_id).output(load_json=True)
    return story, {row["scene_number"]: row for row in rows}


def require_settled(story: dict) -> None:
    if story["status"] not in SETTLED_STATUSES:
        raise ApiError(409, "CONFLICT", f"The story is {story['status']}; pictures can be redone once it has finished",
                       {"status": story["status"]})


def revision_of(row: dict) -> int:
    return int((row.get("generation_metadata") or {}).get("revision", 0))


async def mark_rerun(story_id: UUID, scene_number: int, revision: int, status: str) -> None:
    await StoryIllustrations.update(
        {
            StoryIllustrations.status: status,
            StoryIllustrations.retry_count: StoryIllustrations.retry_count + 1,
            StoryIllustrations.generation_metadata: json.dumps({"revision": revision}),
        },
        force=True,
    ).where((StoryIllustrations.story_id == story_id) & (StoryIllustrations.scene_number == scene_number))


async def start_scene_run(
    client: Client, task_queue: str, story: dict, scene_number: int, *, revision: int,
    prompt_override: str | None = None, reuse: WorkflowIDReusePolicy = WorkflowIDReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY,
) -> SceneRun:
    workflow_id = scene_workflow_id(str(story["id"]), scene_number)
    try:
        handle = await client.start_workflow(
            SceneIllustrationWorkflow.run,
            IllustrateSceneInput(str(story["id"]), str(story["user_id"]), scene_number, revision, prompt_override),
            id=workflow_id,
            task_queue=task_queue,
            id_reuse_policy=reuse,
            id_conflict_policy=WorkflowIDConflictPolicy.FAIL,
            search_attributes=TypedSearchAttributes(story_search_attributes(str(story["user_id"]), str(story["id"]))),
        )
    except WorkflowAlreadyStartedError:
        description = await client.get_workflow_handle(workflow_id).describe()
        running = description.status is not None and description.status.name == "RUNNING"
        return SceneRun(scene_number, workflow_id, None, "already_running" if running else "already_completed")
    return SceneRun(scene_number, workflow_id, handle.result_run_id, "started")


async def claim_failed_scenes(
    story_id: UUID, only_scenes: list[int] | None = None
) -> tuple[dict, list[tuple[int, int]]]:
    """In the caller's transaction: the failed scenes (of `only_scenes`, or all) to
    run again, as (scene_number, revision), each marked `retrying` so that no
    second retry races it."""
    story, scenes = await story_scene_statuses(story_id)
    require_settled(story)
    missing = [number for number in only_scenes or [] if number not in scenes]
    if missing:
        raise ApiError(404, "NOT_FOUND", f"Scene {missing[0]} was not found")
    wanted = sorted(only_scenes) if only_scenes is not None else sorted(scenes)
    claimed = [(number, revision_of(scenes[number])) for number in wanted if scenes[number]["status"] == "failed"]
    for number, revision in claimed:
        await mark_rerun(story_id, number, revision, "retrying")
    if claimed:
        await reopen_for_redrawing(story_id)
    return story, claimed


async def reopen_for_redrawing(story_id: UUID) -> None:
    """In the caller's transaction: the story reads as running from the moment a
    rerun is accepted, so a client polling until it settles waits for the rerun."""
    await Stories.update({Stories.status: "running", Stories.stage: REDRAWING_STAGE}, force=True).where(
        (Stories.id == story_id) & Stories.status.is_in(list(SETTLED_STATUSES))
    )


async def start_reruns(client: Client, task_queue: str, story: dict, claimed: list[tuple[int, int]]) -> list[SceneRun]:
    return [await start_scene_run(client, task_queue, story, number, revision=revision) for number, revision in claimed]


async def undo_claims(story: dict, scene_numbers: list[int]) -> None:
    """In the caller's transaction: reruns Temporal did not take leave the scenes failed
    and the story settled as it was, rather than running forever."""
    await StoryIllustrations.update({StoryIllustrations.status: "failed"}, force=True).where(
        (StoryIllustrations.story_id == story["id"]) & StoryIllustrations.scene_number.is_in(scene_numbers)
        & (StoryIllustrations.status == "retrying")
    )
    await Stories.update({Stories.status: story["status"], Stories.stage: story["status"]}, force=True).where(
        (Stories.id == story["id"]) & (Stories.stage == REDRAWING_STAGE)
    )


async def started_or_undone(runs: Awaitable[T], story: dict, scene_numbers: list[int], transaction) -> T:
    """`runs` awaited; when Temporal cannot take them, the claims are undone (in
    `transaction()`) and the client hears 503."""
    try:
        return await runs
    except (RPCError, OSError, RuntimeError) as error:
        async with transaction():
            await undo_claims(story, scene_numbers)
        raise service_unavailable("Pictures cannot be redrawn right now; please try again shortly", error) from None
