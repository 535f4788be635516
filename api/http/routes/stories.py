"""/v1/stories: start a story, read it, follow its progress."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from typing import Annotated, Literal
from uuid import UUID

import msgspec
from litestar import Controller, Request, Response, delete, get, post, put
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import Parameter
from litestar.response import ServerSentEvent, ServerSentEventMessage
from litestar.status_codes import HTTP_202_ACCEPTED
from temporalio.common import WorkflowIDReusePolicy

from api.http.conditional import conditional
from api.http.errors import ApiError, not_found
from api.http.languages import normalize_language
from api.http.schemas import (
    FavoriteUpdate,
    IllustrationRetryView,
    NarrationRequest,
    PlayView,
    ProgressView,
    ReadAlongView,
    SceneRegenerate,
    SceneRunView,
    StoryAccepted,
    StoryCreate,
    StoryPage,
    StorySummary,
    StoryView,
    Voice,
    WorkflowAccepted,
)
from api.http.urls import base_url
from api.services.erasure import erase
from api.services.illustration_runs import (
    SceneRun,
    claim_failed_scenes,
    mark_rerun,
    reopen_for_redrawing,
    require_settled,
    revision_of,
    start_reruns,
    start_scene_run,
    started_or_undone,
    story_scene_statuses,
)
from api.services.input_checks import checked_fields
from api.services.read_along import load_read_along
from api.services.story_service import (
    MAX_IDEMPOTENCY_KEY_LENGTH,
    default_voice,
    load_progress,
    load_story,
    start_story,
    story_for_key,
    story_status,
)
from api.services.workflow_starts import start_once
from contracts.activities import NarrateInput
from contracts.names import narration_workflow_id, story_workflow_id
from contracts.request import StoryRequest
from contracts.vocabulary import APP_SCENES, TERMINAL_STATUSES
from db.engine import user_transaction
from db.tables import Stories
from workflows.narration import NarrationWorkflow

EVENT_POLL_SECONDS = 0.5
EVENT_STREAM_MAX_SECONDS = 30 * 60


async def known_idempotency_key(scope) -> bool:
    key = dict(scope["headers"]).get(b"idempotency-key", b"").decode("latin-1")
    if not key or len(key) > MAX_IDEMPOTENCY_KEY_LENGTH:
        return False
    return await story_for_key(scope["user"], key) is not None


SUMMARY_COLUMNS = (
    Stories.id, Stories.status, Stories.title, Stories.language, Stories.hero_id, Stories.event_type,
    Stories.word_count, Stories.audio_duration, Stories.is_favorite, Stories.play_count, Stories.created_at,
)
StoryStatusFilter = Literal["queued", "running", "completed", "partial", "failed"]


def story_summary(row: dict) -> StorySummary:
    duration = row.pop("audio_duration")
    return StorySummary(**row, audio_duration_seconds=None if duration is None else duration.total_seconds())


class StoryController(Controller):
    path = "/v1/stories"
    tags = ["stories"]

    @get("/", summary="Your stories, newest first, with filters")
    async def list_stories(
        self, request: Request,
        limit: Annotated[int, Parameter(ge=1, le=100)] = 20,
        offset: Annotated[int, Parameter(ge=0, le=1_000_000)] = 0,
        hero_id: UUID | None = None,
        status: StoryStatusFilter | None = None,
        language: str | None = None,
        favorite: bool | None = None,
    ) -> StoryPage:
        # Pictures of scenes the app keeps itself are no story to list (they have no text).
        where = [Stories.event_type != APP_SCENES]
        if hero_id is not None:
            where.append(Stories.hero_id == hero_id)
        if status is not None:
            where.append(Stories.status == status)
        if language is not None:
            where.append(Stories.language == normalize_language(language))
        if favorite is not None:
            where.append(Stories.is_favorite == favorite)
        async with user_transaction(request.user.user_id):
            total = await Stories.count().where(*where)
            rows = await Stories.select(*SUMMARY_COLUMNS).where(*where).order_by(
                Stories.created_at, ascending=False).order_by(Stories.id).limit(limit).offset(offset)
        return StoryPage(items=[story_summary(row) for row in rows], total=total, limit=limit, offset=offset)

    @post("/", status_code=HTTP_202_ACCEPTED, summary="Start a story",
          opt={"function": "story-generation", "is_replay": known_idempotency_key})
    async def create_story(
        self, request: Request, data: StoryCreate,
        idempotency_key: Annotated[str | None, Parameter(header="Idempotency-Key")] = None,
    ) -> Response[StoryAccepted]:
        """A repeated `Idempotency-Key` answers with the story the first request started."""
        state = request.app.state
        story_id, created = await start_story(
            state.temporal.client, state.policy, request.user,
            hero_id=data.hero_id,
            event_type=data.event.type,
            event_data={k: str(v) for k, v in (("event", data.event.data.event), ("custom_event_id", data.event.data.custom_event_id)) if v},
            custom_event_id=data.event.data.custom_event_id,
            language=normalize_language(data.language),
            voice=data.voice,
            request=StoryRequest(
                target_duration=data.target_duration, narrate=data.narrate, illustrate=data.illustrate
            ),
            idempotency_key=idempotency_key,
        )
        root = f"{base_url(request)}/v1/stories/{story_id}"
        status = "queued"
        if not created:
            status = await story_status(request.user, story_id)
        accepted = StoryAccepted(
            story_id=story_id, status=status, workflow_id=story_workflow_id(str(story_id)),
            links={"self": root, "progress": f"{root}/progress", "events": f"{root}/events"},
        )
        return Response(accepted, status_code=HTTP_202_ACCEPTED,
                        headers={"Idempotent-Replayed": "true"} if not created else {})

    @get("/{story_id:uuid}", summary="Get a story with its scenes and media links")
    async def get_story(self, request: Request, story_id: UUID) -> StoryView:
        state = request.app.state
        return await load_story(request.user, story_id, state.signer, base_url(request), state.player_signer)

    @get("/{story_id:uuid}/progress", summary="Where the story's workflow is",
         description="Carries an ETag: poll with If-None-Match and an unchanged progress answers 304.",
         responses={304: ResponseSpec(None, description="The progress has not changed since the ETag sent")})
    async def get_progress(self, request: Request, story_id: UUID) -> Response[ProgressView]:
        return conditional(request, await load_progress(request.user, story_id, request.app.state.temporal.client))

    @get("/{story_id:uuid}/read-along", summary="The narration word by word, for read-along highlighting",
         description=(
             "Each scene with its own audio link, where it starts in the story's audio (`offset_seconds`), how long "
             "it lasts, and its words: `start`/`end` in seconds from the start of the story's audio, `char_start`/"
             "`char_end` into the scene's `text_segment`. Scenes are narrated and published one by one, the first "
             "within seconds: a scene not narrated yet in this voice is `pending`; `complete` says all are here. "
             "`voice` defaults to the story's voice; another voice answers with its own narration, if made "
             "(POST /v1/stories/{id}/audio makes one)."))
    async def read_along(self, request: Request, story_id: UUID, voice: Voice | None = None) -> ReadAlongView:
        state = request.app.state
        return await load_read_along(request.user.user_id, story_id, voice, state.signer, state.media,
                                     base_url(request), default_voice())

    @get("/{story_id:uuid}/events", summary="Progress as Server-Sent Events until the story ends")
    async def stream_progress(self, request: Request, story_id: UUID) -> ServerSentEvent:
        """One `progress` event whenever the progress changes; the stream ends with
        the story. Ownership is checked before the stream opens (404 otherwise)."""
        client_of = request.app.state.temporal.client
        first = await load_progress(request.user, story_id, client_of)

        async def events():
            # Litestar stops this generator when the client goes away; the deadline
            # bounds a stream whose story never ends (no worker, say).
            progress, sent = first, None
            deadline = asyncio.get_running_loop().time() + EVENT_STREAM_MAX_SECONDS
            while True:
                payload = msgspec.json.encode(progress).decode()
                if payload != sent:
                    sent = payload
                    yield ServerSentEventMessage(data=payload, event="progress", id=str(progress.percent))
                if progress.status in TERMINAL_STATUSES or asyncio.get_running_loop().time() > deadline:
                    return
                await asyncio.sleep(EVENT_POLL_SECONDS)
                progress = await load_progress(request.user, story_id, client_of)

        return ServerSentEvent(events(), headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @post("/{story_id:uuid}/illustrations/retry", status_code=HTTP_202_ACCEPTED,
          summary="Run every failed scene picture again", opt={"function": "scene-illustration"})
    async def retry_illustrations(self, request: Request, story_id: UUID) -> IllustrationRetryView:
        state = request.app.state
        user = request.user.user_id
        async with user_transaction(user):
            story, claimed = await claim_failed_scenes(story_id)

        async def start() -> list:
            return await start_reruns(await state.temporal.client(), state.policy.story_task_queue, story, claimed)

        runs = await started_or_undone(start(), story, [n for n, _ in claimed], lambda: user_transaction(user))
        return IllustrationRetryView(story_id=story_id, runs=[SceneRunView(**vars(run)) for run in runs])

    @post("/{story_id:uuid}/scenes/{scene_number:int}/illustration", status_code=HTTP_202_ACCEPTED,
          summary="Draw one scene again, optionally from an adjusted prompt", opt={"function": "scene-illustration"})
    async def regenerate_scene(
        self, request: Request, story_id: UUID, scene_number: int, data: SceneRegenerate | None = None
    ) -> SceneRunView:
        state = request.app.state
        prompt = data.prompt.strip() if data and data.prompt else None
        if prompt:
            prompt = (await checked_fields(request, "prompt", str(story_id), {"prompt": prompt}, "en"))["prompt"]
        async with user_transaction(request.user.user_id):
            story, scenes = await story_scene_statuses(story_id)
            require_settled(story)
            if scene_number not in scenes:
                raise not_found(f"Scene {scene_number}")
            revision = revision_of(scenes[scene_number]) + 1
            await mark_rerun(story_id, scene_number, revision, "retrying")
            await reopen_for_redrawing(story_id)

        async def start() -> SceneRun:
            return await start_scene_run(
                await state.temporal.client(), state.policy.story_task_queue, story, scene_number, revision=revision,
                prompt_override=prompt, reuse=WorkflowIDReusePolicy.ALLOW_DUPLICATE,
            )

        run = await started_or_undone(start(), story, [scene_number], lambda: user_transaction(request.user.user_id))
        if run.outcome == "already_running":
            raise ApiError(409, "CONFLICT", f"Scene {scene_number} is being drawn already", {"workflow_id": run.workflow_id})
        return SceneRunView(**vars(run))

    @post("/{story_id:uuid}/audio", status_code=HTTP_202_ACCEPTED, summary="Narrate the story again in another voice",
          opt={"function": "audio-synthesis"})
    async def renarrate(self, request: Request, story_id: UUID, data: NarrationRequest) -> WorkflowAccepted:
        state = request.app.state
        async with user_transaction(request.user.user_id):
            story, _ = await story_scene_statuses(story_id)
        require_settled(story)
        root = f"{base_url(request)}/v1/stories/{story_id}"
        return await start_once(
            await state.temporal.client(), NarrationWorkflow.run,
            NarrateInput(str(story_id), request.user.user_id, data.voice),
            workflow_id=narration_workflow_id(str(story_id), data.voice), task_queue=state.policy.story_task_queue,
            user_id=request.user.user_id, story_id=str(story_id), links={"story": root},
        )

    @put("/{story_id:uuid}/favorite", summary="Mark or unmark a favourite")
    async def set_favorite(self, request: Request, story_id: UUID, data: FavoriteUpdate) -> StorySummary:
        async with user_transaction(request.user.user_id):
            updated = await Stories.update({Stories.is_favorite: data.is_favorite}, force=True).where(
                Stories.id == story_id
            ).returning(*SUMMARY_COLUMNS)
        if not updated:
            raise not_found("Story")
        return story_summary(updated[0])

    @post("/{story_id:uuid}/play", summary="Count one listening", status_code=200)
    async def play(self, request: Request, story_id: UUID) -> PlayView:
        async with user_transaction(request.user.user_id):
            rows = await Stories.update(
                {Stories.play_count: Stories.play_count + 1, Stories.last_played_at: datetime.now(timezone.utc)},
                force=True,
            ).where(Stories.id == story_id).returning(Stories.id, Stories.play_count, Stories.last_played_at)
        if not rows:
            raise not_found("Story")
        return PlayView(**rows[0])

    @delete("/{story_id:uuid}", summary="Delete a story with its pictures and audio")
    async def delete_story(self, request: Request, story_id: UUID) -> None:
        async with user_transaction(request.user.user_id):
            if not await Stories.exists().where(Stories.id == story_id):
                raise not_found("Story")
        await erase(request.app.state, request.user.user_id, story_id=str(story_id))
