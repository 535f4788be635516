"""/v1/stories: start a story, read it, follow its progress."""

from __future__ import annotations

from uuid import UUID

from litestar import Controller, Request, get, post
from litestar.status_codes import HTTP_202_ACCEPTED

from api.languages import normalize_language
from api.schemas import ProgressView, StoryAccepted, StoryCreate, StoryView
from api.story_service import load_progress, load_story, start_story
from workflows.inputs import story_workflow_id


def base_url(request: Request) -> str:
    return request.app.state.settings.public_url or str(request.base_url).rstrip("/")


class StoryController(Controller):
    path = "/v1/stories"
    tags = ["stories"]

    @post("/", status_code=HTTP_202_ACCEPTED, summary="Start a story")
    async def create_story(self, request: Request, data: StoryCreate) -> StoryAccepted:
        state = request.app.state
        story_id = await start_story(
            state.temporal.client, state.policy, request.user,
            hero_id=data.hero_id,
            event_type=data.event.type,
            event_data={k: str(v) for k, v in (("event", data.event.data.event), ("custom_event_id", data.event.data.custom_event_id)) if v},
            custom_event_id=data.event.data.custom_event_id,
            language=normalize_language(data.language),
            voice=data.voice,
            request={
                "target_duration": data.target_duration,
                "narrate": data.narrate,
                "illustrate": data.illustrate,
            },
        )
        root = f"{base_url(request)}/v1/stories/{story_id}"
        return StoryAccepted(
            story_id=story_id, status="queued", workflow_id=story_workflow_id(str(story_id)),
            links={"self": root, "progress": f"{root}/progress"},
        )

    @get("/{story_id:uuid}", summary="Get a story with its scenes and media links")
    async def get_story(self, request: Request, story_id: UUID) -> StoryView:
        return await load_story(request.user, story_id, request.app.state.signer, base_url(request))

    @get("/{story_id:uuid}/progress", summary="Where the story's workflow is")
    async def get_progress(self, request: Request, story_id: UUID) -> ProgressView:
        return await load_progress(request.user, story_id, request.app.state.temporal.client)
