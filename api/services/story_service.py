"""Starting a story and reading it back: shared by every door into the API."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
from datetime import datetime, timedelta, timezone
from uuid import UUID, uuid4

import structlog
from asyncpg import UniqueViolationError
from temporalio.client import (
    Client,
    WithStartWorkflowOperation,
    WorkflowQueryFailedError,
    WorkflowUpdateFailedError,
)
from temporalio.common import TypedSearchAttributes, WorkflowIDConflictPolicy
from temporalio.service import RPCError

from api.http.errors import ApiError, not_found, service_unavailable, workflow_failure
from api.http.schemas import (
    ErrorInfo,
    ProgressView,
    SceneProgressView,
    SceneView,
    StoryView,
)
from api.http.tokens import Caller
from api.services.media_links import MediaSigner, signed_urls
from api.services.player_links import PlayerSigner
from api.services.search_attributes import story_search_attributes
from contracts.names import story_workflow_id
from contracts.policy import TemporalPolicy
from contracts.progress import StoryProgress
from contracts.request import StoryRequest
from contracts.vocabulary import (
    BUILT_IN_EVENTS,
    DEFAULT_VOICE,
    REDRAWING_STAGE,
    TERMINAL_STATUSES,
)
from contracts.workflows import SavedStory, story_workflow_input
from db.engine import user_transaction
from db.tables import CustomEvents, Heroes, Stories, StoryIllustrations, StoryScenes
from workflows.story import StoryWorkflow

log = structlog.get_logger("storyloom.api")

PROGRESS_QUERY_TIMEOUT_SECONDS = 2.0
# How long story-generation waits for the text and scenes before answering 408.
STORY_SAVE_TIMEOUT_SECONDS = 90


def default_voice() -> str:
    return os.environ.get("DEFAULT_VOICE", DEFAULT_VOICE)


async def check_event(event_type: str, event_key: str | None, custom_event_id: UUID | None,
                      prompt: str | None = None) -> None:
    """Runs inside the caller's transaction: a custom event must be theirs or public.
    A built-in event may also be one of the app's own, told from its checked `prompt`."""
    if event_type == "prompt" or (event_type == "built_in" and event_key is None and prompt):
        return
    if event_type == "built_in":
        if event_key not in BUILT_IN_EVENTS:
            raise ApiError(
                400, "INVALID_REQUEST", "The request is not valid",
                {"fields": [{"field": "event.data.event", "message": f"expected one of {', '.join(BUILT_IN_EVENTS)}"}]},
            )
        return
    if custom_event_id is None:
        raise ApiError(
            400, "INVALID_REQUEST", "The request is not valid",
            {"fields": [{"field": "event.data.custom_event_id", "message": "required for custom events"}]},
        )
    if not await CustomEvents.exists().where(CustomEvents.id == custom_event_id):
        raise not_found("Custom event")


MAX_IDEMPOTENCY_KEY_LENGTH = 255


async def story_status(caller: Caller, story_id: UUID) -> str:
    async with user_transaction(caller.user_id):
        row = await Stories.select(Stories.status).where(Stories.id == story_id).first()
    if row is None:
        raise not_found("Story")
    return row["status"]


async def story_for_key(caller: Caller, idempotency_key: str) -> dict | None:
    async with user_transaction(caller.user_id):
        return await Stories.select(Stories.id, Stories.status, Stories.generation_metadata).where(
            Stories.idempotency_key == idempotency_key
        ).output(load_json=True).first()


def request_fingerprint(**request) -> str:
    """One hash of everything a story request asks for, to tell a repeat from a reuse."""
    canonical = json.dumps(request, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def replayed_story(existing: dict, fingerprint: str) -> UUID:
    """The first request's story, when this one asks for the same; a key reused for a
    different request is 422, as the IETF Idempotency-Key draft says."""
    stored = (existing.get("generation_metadata") or {}).get("request_fingerprint")
    if stored is not None and stored != fingerprint:
        raise ApiError(422, "IDEMPOTENCY_KEY_REUSED",
                       "This Idempotency-Key was already used for a different request",
                       {"fields": [{"field": "Idempotency-Key", "message": "used before with another body"}],
                        "story_id": str(existing["id"])})
    return existing["id"]


async def start_story(
    client_of, policy: TemporalPolicy, caller: Caller, *, hero_id: UUID | None, event_type: str,
    event_data: dict, language: str, request: StoryRequest, custom_event_id: UUID | None = None,
    title: str | None = None, prompt: str | None = None, style: str | None = None, voice: str | None = None,
    idempotency_key: str | None = None,
) -> tuple[UUID, bool]:
    """Saves the request as a queued story, then starts its workflow. Returns the
    story id and whether it is new (False: the Idempotency-Key was seen before).

    The row is committed first, so the workflow's first activity always finds it;
    if Temporal cannot take the workflow, the row is marked failed rather than lost.
    """
    fingerprint = request_fingerprint(
        hero_id=hero_id, event_type=event_type, event_data=event_data, language=language, request=request.stored(),
        custom_event_id=custom_event_id, title=title, prompt=prompt, style=style, voice=voice,
    )
    if idempotency_key is not None:
        if not 0 < len(idempotency_key) <= MAX_IDEMPOTENCY_KEY_LENGTH:
            raise ApiError(400, "INVALID_REQUEST", "The request is not valid", {"fields": [
                {"field": "Idempotency-Key", "message": f"must be 1 to {MAX_IDEMPOTENCY_KEY_LENGTH} characters"}]})
        existing = await story_for_key(caller, idempotency_key)
        if existing is not None:
            return replayed_story(existing, fingerprint), False
    story_id = uuid4()
    try:
        await _insert_story(
            caller, story_id, hero_id=hero_id, event_type=event_type, event_data=event_data, language=language,
            request=request, custom_event_id=custom_event_id, title=title, prompt=prompt, style=style,
            voice=voice, idempotency_key=idempotency_key, fingerprint=fingerprint,
        )
    except UniqueViolationError:
        # Two requests with one key raced; the other one's story is the answer.
        existing = await story_for_key(caller, idempotency_key)
        if existing is None:
            raise
        return replayed_story(existing, fingerprint), False
    await _start_workflow(client_of, policy, caller, story_id)
    return story_id, True


async def start_story_and_wait(client_of, policy: TemporalPolicy, caller: Caller, **request) -> SavedStory:
    """Starts a story and answers once its text and scenes are saved, through
    Temporal's update-with-start: one round trip starts the workflow and attaches
    the `story_saved` update, which returns when the save stage is done."""
    story_id = uuid4()
    await _insert_story(caller, story_id, **request)
    operation = WithStartWorkflowOperation(
        StoryWorkflow.run, story_workflow_input(policy, str(story_id), caller.user_id),
        id_conflict_policy=WorkflowIDConflictPolicy.USE_EXISTING, **_story_start_options(policy, caller, story_id),
    )
    try:
        client: Client = await client_of()
        return await asyncio.wait_for(
            client.execute_update_with_start_workflow(StoryWorkflow.story_saved, start_workflow_operation=operation),
            STORY_SAVE_TIMEOUT_SECONDS,
        )
    except WorkflowUpdateFailedError as failure:
        raise workflow_failure(failure, {"story_id": str(story_id)}) from None
    except asyncio.TimeoutError:
        raise ApiError(408, "TIMEOUT", "The story is taking longer than usual; it will be ready shortly",
                       {"story_id": str(story_id)}) from None
    except (RPCError, OSError, RuntimeError) as error:
        await _mark_unstarted(story_id, error)


def _story_start_options(policy: TemporalPolicy, caller: Caller, story_id: UUID) -> dict:
    """How every story workflow is started, whichever door asked for it."""
    return {
        "id": story_workflow_id(str(story_id)),
        "task_queue": policy.story_task_queue,
        "execution_timeout": timedelta(days=1),
        "search_attributes": TypedSearchAttributes(story_search_attributes(caller.user_id, str(story_id))),
    }


async def _insert_story(
    caller: Caller, story_id: UUID, *, hero_id, event_type, event_data, language, request, custom_event_id=None,
    title=None, prompt=None, style=None, voice=None, idempotency_key=None, fingerprint=None,
) -> None:
    async with user_transaction(caller.user_id):
        if hero_id is not None and not await Heroes.exists().where((Heroes.id == hero_id) & (Heroes.is_active == True)):  # noqa: E712
            raise not_found("Hero")
        await check_event(event_type, event_data.get("event"), custom_event_id, prompt)
        await Stories.insert(
            Stories(
                id=story_id, user_id=caller.user_id, hero_id=hero_id, custom_event_id=custom_event_id,
                event_type=event_type, event_data=json.dumps(event_data), language=language,
                audio_voice=voice or default_voice(), title=title, prompt=prompt, style=style,
                status="queued", stage="queued",
                generation_metadata=json.dumps({"request": request.stored(), "request_fingerprint": fingerprint}),
                idempotency_key=idempotency_key,
            )
        )


async def _start_workflow(client_of, policy: TemporalPolicy, caller: Caller, story_id: UUID) -> None:
    try:
        client: Client = await client_of()
        await client.start_workflow(
            StoryWorkflow.run, story_workflow_input(policy, str(story_id), caller.user_id),
            **_story_start_options(policy, caller, story_id),
        )
    except (RPCError, OSError, asyncio.TimeoutError, RuntimeError) as error:
        await _mark_unstarted(story_id, error)


async def _mark_unstarted(story_id: UUID, error: BaseException) -> None:
    """Temporal did not take the story: the row says so, and the client hears 503."""
    log.error("workflow_start_failed", story_id=str(story_id), error=str(error))
    await Stories.update(
        {Stories.status: "failed", Stories.error_code: "SERVICE_UNAVAILABLE",
         Stories.error_message: "the story could not be started; please try again"},
        force=True,
    ).where(Stories.id == story_id)
    raise service_unavailable("Stories cannot be started right now; please try again shortly") from None


def _seconds(interval) -> float | None:
    return None if interval is None else round(interval.total_seconds(), 3)


def _error(row: dict) -> ErrorInfo | None:
    return ErrorInfo(row["error_code"], row["error_message"] or "") if row.get("error_code") else None


async def load_story(caller: Caller, story_id: UUID, signer: MediaSigner, base_url: str,
                     player_signer: PlayerSigner) -> StoryView:
    async with user_transaction(caller.user_id):
        story = await Stories.select().where(Stories.id == story_id).output(load_json=True).first()
        if story is None:
            raise not_found("Story")
        scenes = await StoryScenes.select().where(StoryScenes.story_id == story_id).order_by(StoryScenes.scene_number)
        pictures = await StoryIllustrations.select(
            StoryIllustrations.scene_number, StoryIllustrations.status, StoryIllustrations.image_url
        ).where(StoryIllustrations.story_id == story_id)
    by_scene = {picture["scene_number"]: picture for picture in pictures}
    links = await signed_urls(signer, base_url, [story["audio_url"], *(p["image_url"] for p in pictures),
                                                 *(scene["audio_url"] for scene in scenes)])
    return StoryView(
        id=story["id"], status=story["status"], stage=story["stage"], percent=story["percent"],
        title=story["title"], content=story["content"], language=story["language"], hero_id=story["hero_id"],
        event_type=story["event_type"], event_data=story["event_data"] or {}, word_count=story["word_count"],
        estimated_duration_seconds=_seconds(story["estimated_duration"]),
        audio_url=links.get(story["audio_url"]),
        audio_duration_seconds=_seconds(story["audio_duration"]), audio_voice=story["audio_voice"],
        is_favorite=story["is_favorite"], play_count=story["play_count"],
        created_at=story["created_at"], updated_at=story["updated_at"],
        scenes=[
            SceneView(
                scene_number=scene["scene_number"], text_segment=scene["text_segment"],
                illustration_prompt=scene["illustration_prompt"], timestamp_seconds=float(scene["timestamp_seconds"]),
                emotion=scene["emotion"], importance=scene["importance"],
                image_url=links.get((by_scene.get(scene["scene_number"]) or {}).get("image_url")),
                illustration_status=(by_scene.get(scene["scene_number"]) or {}).get("status", "pending"),
                audio_url=links.get(scene["audio_url"]),
            )
            for scene in scenes
        ],
        error=_error(story),
        cost=story_cost(story["generation_metadata"]),
        player_url=player_signer.url(base_url, story_id, caller.user_id),
    )


def story_cost(metadata: dict | None) -> dict | None:
    """The story's usage entries (one per paid activity) summed per model."""
    entries = (metadata or {}).get("usage") or {}
    if not entries:
        return None
    models: dict[str, dict[str, int]] = {}
    for entry in entries.values():
        for model, counts in entry["models"].items():
            total = models.setdefault(model, {})
            for name, value in counts.items():
                total[name] = total.get(name, 0) + value
    return {"models": models, "tokens": sum(e["tokens"] for e in entries.values()),
            "cost_usd": round(sum(e["cost_usd"] for e in entries.values()), 6)}


def progress_view(progress: StoryProgress, source: str) -> ProgressView:
    error = progress.error
    return ProgressView(
        story_id=progress.story_id, status=progress.status, stage=progress.stage, percent=progress.percent,
        narration=progress.narration,
        scenes=[SceneProgressView(scene.scene_number, scene.status, scene.attempts, scene.narration)
                for scene in progress.scenes],
        started_at=progress.started_at, updated_at=progress.updated_at,
        error=ErrorInfo(error["code"], error["message"]) if error else None, source=source,
    )


async def load_progress(caller: Caller, story_id: UUID, client_of) -> ProgressView:
    """From the database mirror, which the steps doing the work keep current; the
    running workflow is asked only when a running story's mirror has not moved for a
    while (a step that takes long, or a worker that died), and answers if it can."""
    async with user_transaction(caller.user_id) as transaction:
        story = await transaction.connection.fetchrow(PROGRESS_MIRROR, story_id)
    if story is None:
        raise not_found("Story")
    story = dict(story)
    mirrored = StoryProgress.from_mirror(
        {**story, "progress": json.loads(story["progress"]) if story["progress"] else None},
        json.loads(story["pictures"]),
    )
    if mirrored.status in TERMINAL_STATUSES or mirrored.stage == REDRAWING_STAGE or not _stale(mirrored):
        return progress_view(mirrored, "database")
    try:
        client: Client = await client_of()
        handle = client.get_workflow_handle(story_workflow_id(str(story_id)))
        live: StoryProgress = await asyncio.wait_for(
            handle.query("progress", result_type=StoryProgress), PROGRESS_QUERY_TIMEOUT_SECONDS
        )
        if live.story_id:
            return progress_view(live, "workflow")
    except (RPCError, WorkflowQueryFailedError, OSError, asyncio.TimeoutError, RuntimeError) as error:
        log.info("progress_query_unanswered", story_id=str(story_id), error=str(error))
    return progress_view(mirrored, "database")


# The story's mirror and its pictures in one statement: a progress poll is the API's
# hottest read. Row-level security applies to both tables as to any select.
PROGRESS_MIRROR = """
    SELECT s.id, s.status, s.stage, s.percent, s.progress, s.error_code, s.error_message,
           coalesce((SELECT json_agg(json_build_object('scene_number', i.scene_number, 'status', i.status,
                                                       'attempts', i.attempts) ORDER BY i.scene_number)
                       FROM story_illustrations i WHERE i.story_id = s.id), '[]'::json) AS pictures
      FROM stories s
     WHERE s.id = $1
"""

# A running story's mirror older than this is checked against the workflow itself.
MIRROR_STALE_AFTER = timedelta(seconds=30)


def _stale(progress: StoryProgress) -> bool:
    if progress.updated_at is None:
        return True
    try:
        moved = datetime.fromisoformat(progress.updated_at)
    except ValueError:
        return True
    return datetime.now(timezone.utc) - moved > MIRROR_STALE_AFTER
