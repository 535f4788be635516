"""/stories: the prompt-driven product (seed 004): a title and a prompt, no hero,
scenes with their own picture and audio. The same StoryWorkflow makes them."""

from __future__ import annotations

import asyncio
from uuid import UUID, uuid4

from litestar import Controller, Request, get, patch, post
from litestar.status_codes import HTTP_202_ACCEPTED
from temporalio.client import WorkflowFailureError
from temporalio.service import RPCError, RPCStatusCode

from api.http.errors import ApiError, not_found
from api.http.languages import normalize_language
from api.http.schemas import PromptScene, PromptStoryDetail, PromptStoryPatch, PromptStoryRequest, PromptStoryResponse
from api.http.urls import base_url
from api.services.input_checks import checked_fields
from api.services.media_links import signed_urls
from api.services.story_service import start_story
from contracts.names import story_workflow_id
from contracts.request import StoryRequest
from db.engine import user_transaction
from db.tables import Stories, StoryIllustrations, StoryScenes

PRODUCT_STATUS = {"queued": "PENDING", "running": "PROCESSING", "completed": "COMPLETE", "partial": "COMPLETE",
                  "failed": "FAILED"}


# How long a stop waits for the workflow to record that it stopped.
STOP_WAIT_SECONDS = 10


def _error(row: dict) -> str | None:
    return f"{row['error_code']}: {row['error_message']}" if row["error_code"] else None


class PromptStoryController(Controller):
    path = "/stories"
    tags = ["stories (prompt-driven)"]

    @post("/", status_code=HTTP_202_ACCEPTED, summary="Create a story from a prompt",
          opt={"function": "story-generation"})
    async def create(self, request: Request, data: PromptStoryRequest) -> PromptStoryResponse:
        if data.user_id is not None and str(data.user_id) != request.user.user_id:
            raise ApiError(400, "INVALID_REQUEST", "The request is not valid",
                           {"fields": [{"field": "user_id", "message": "must be the signed-in user (or left out)"}]})
        language = normalize_language(data.language)
        checked = await checked_fields(request, "prompt", str(uuid4()), {
            "title": data.title.strip(), "prompt": data.prompt.strip(), "style": (data.style or "").strip() or None,
        }, language)
        story_id, _ = await start_story(
            request.app.state.temporal.client, request.app.state.policy, request.user,
            hero_id=None, event_type="prompt", event_data={"style": checked["style"]} if checked["style"] else {},
            language=language, voice=data.voice, title=checked["title"], prompt=checked["prompt"], style=checked["style"],
            request=StoryRequest(num_scenes=data.num_scenes, target_duration=60 * data.num_scenes),
        )
        return await self._response(request, story_id)

    @staticmethod
    async def _response(request: Request, story_id: UUID) -> PromptStoryResponse:
        async with user_transaction(request.user.user_id):
            row = await Stories.select(
                Stories.id, Stories.status, Stories.title, Stories.created_at, Stories.error_code, Stories.error_message
            ).where(Stories.id == story_id).first()
        return PromptStoryResponse(row["id"], PRODUCT_STATUS[row["status"]], row["title"] or "", row["created_at"], _error(row))

    @get("/{story_id:uuid}", summary="A story with its scenes")
    async def detail(self, request: Request, story_id: UUID) -> PromptStoryDetail:
        return await load_detail(request, story_id)

    @patch("/{story_id:uuid}", summary="Rename a story, or stop one still being made (status FAILED)")
    async def update(self, request: Request, story_id: UUID, data: PromptStoryPatch) -> PromptStoryDetail:
        async with user_transaction(request.user.user_id):
            row = await Stories.select(Stories.status, Stories.language).where(Stories.id == story_id).first()
        if row is None:
            raise not_found("Story")
        if data.title is not None:
            # A new title is a parent's text like any other: the same gate as POST.
            title = (await checked_fields(request, "prompt", str(story_id), {"title": data.title.strip()},
                                          row["language"]))["title"]
            async with user_transaction(request.user.user_id):
                await Stories.update({Stories.title: title}, force=True).where(Stories.id == story_id)
        if data.status == "FAILED" and row["status"] in ("queued", "running"):
            await stop_story(request, story_id)
        return await load_detail(request, story_id)


async def load_detail(request: Request, story_id: UUID) -> PromptStoryDetail:
    async with user_transaction(request.user.user_id):
        story = await Stories.select().where(Stories.id == story_id).first()
        if story is None:
            raise not_found("Story")
        scenes = await StoryScenes.select(
            StoryScenes.id, StoryScenes.scene_number, StoryScenes.text_segment, StoryScenes.audio_url,
            StoryScenes.created_at,
        ).where(StoryScenes.story_id == story_id).order_by(StoryScenes.scene_number)
        pictures = await StoryIllustrations.select(
            StoryIllustrations.scene_number, StoryIllustrations.status, StoryIllustrations.image_url
        ).where(StoryIllustrations.story_id == story_id)
    images = {p["scene_number"]: p["image_url"] for p in pictures if p["status"] == "completed"}
    links = await signed_urls(request.app.state.signer, base_url(request),
                              [*images.values(), *(scene["audio_url"] for scene in scenes)])
    return PromptStoryDetail(
        story_id=story["id"], title=story["title"] or "", status=PRODUCT_STATUS[story["status"]],
        user_id=story["user_id"], created_at=story["created_at"], updated_at=story["updated_at"],
        scenes=[
            PromptScene(scene["id"], story_id, scene["scene_number"], scene["text_segment"],
                        links.get(images.get(scene["scene_number"])), links.get(scene["audio_url"]),
                        scene["created_at"])
            for scene in scenes
        ],
        error=_error(story),
    )


async def stop_story(request: Request, story_id: UUID) -> None:
    """Cancels the story's workflow, which records the outcome (CANCELLED) itself, and
    waits a moment for it. Only a story whose workflow never started is marked here."""
    try:
        client = await request.app.state.temporal.client()
        handle = client.get_workflow_handle(story_workflow_id(str(story_id)))
        await handle.cancel()
    except RPCError as error:
        if error.status != RPCStatusCode.NOT_FOUND:
            raise
        async with user_transaction(request.user.user_id):
            await Stories.update(
                {Stories.status: "failed", Stories.stage: "failed", Stories.error_code: "CANCELLED",
                 Stories.error_message: "stopped by its owner"},
                force=True,
            ).where((Stories.id == story_id) & Stories.status.is_in(["queued", "running"]))
        return
    try:
        await asyncio.wait_for(handle.result(), STOP_WAIT_SECONDS)
    except (asyncio.TimeoutError, WorkflowFailureError, RPCError):
        pass  # cancelled (a failure, as it should be), or still stopping: it records itself
