"""The story player behind a signed link (the story's `player_url`): the page, and the
JSON it reads. No bearer token: the link's signature is the permission, for that one
story, read as its owner. A forged, altered or expired link is 403, a story gone is
404, a malformed link 400, all in the error envelope."""

from __future__ import annotations

from uuid import UUID

from litestar import MediaType, Request, Response, get

from api.http.player_page import page_headers, player_html
from api.http.schemas import PlayerStoryView
from api.http.urls import base_url
from api.services.player import load_player_view, player_story
from api.services.player_links import PLAYER_PATH, PlayerPass
from api.services.story_service import default_voice


def _admitted(request: Request, story_id: UUID, owner: UUID, expires: int, signature: str) -> PlayerPass:
    return request.app.state.player_signer.admit(story_id, owner, expires, signature)


def _media_base(request: Request) -> str | None:
    # Supabase's signed links point at its Storage API; local media are served here.
    return getattr(request.app.state.signer, "storage_base", None)


@get(f"{PLAYER_PATH}/{{story_id:uuid}}", include_in_schema=False, media_type=MediaType.HTML)
async def player_page(request: Request, story_id: UUID, owner: UUID, expires: int, signature: str) -> Response[str]:
    story = await player_story(_admitted(request, story_id, owner, expires, signature))
    return Response(player_html(story["title"], story["language"]), media_type=MediaType.HTML,
                    headers=page_headers(_media_base(request)))


@get(f"{PLAYER_PATH}/{{story_id:uuid}}/story.json", include_in_schema=False)
async def player_data(request: Request, story_id: UUID, owner: UUID, expires: int,
                      signature: str) -> Response[PlayerStoryView]:
    state = request.app.state
    view = await load_player_view(_admitted(request, story_id, owner, expires, signature), state.signer,
                                  state.media, base_url(request), default_voice())
    return Response(view, headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"})
