"""What a story's player page shows, read as the story's owner on the strength of a
signed player link (api.services.player_links): the title and language to lay the
page out in, then the read-along in the story's voice with each scene's picture."""

from __future__ import annotations

import msgspec

from api.http.errors import not_found
from api.http.schemas import PlayerScene, PlayerStoryView, ReadAlongScene
from api.services.media_links import signed_urls
from api.services.player_links import PlayerPass
from api.services.read_along import load_read_along
from api.services.stored_media import MediaReader
from contracts.vocabulary import REDRAWING_STAGE, TERMINAL_STATUSES
from db.engine import user_transaction
from db.tables import Stories, StoryIllustrations

# A picture row in one of these is still on its way (unless the story has ended).
DRAWING = ("pending", "processing", "retrying")


async def player_story(player: PlayerPass) -> dict:
    """The story's title and language, for the page itself; 404 once it is gone."""
    async with user_transaction(player.owner):
        story = await Stories.select(Stories.title, Stories.language).where(Stories.id == player.story_id).first()
    if story is None:
        raise not_found("Story")
    return story


async def load_player_view(player: PlayerPass, signer, media: MediaReader, base_url: str,
                           default_voice: str) -> PlayerStoryView:
    async with user_transaction(player.owner):
        story = await Stories.select(Stories.title, Stories.status, Stories.stage).where(
            Stories.id == player.story_id).first()
        if story is None:
            raise not_found("Story")
        pictures = await StoryIllustrations.select(
            StoryIllustrations.scene_number, StoryIllustrations.status, StoryIllustrations.image_url,
        ).where(StoryIllustrations.story_id == player.story_id)
    read_along = await load_read_along(str(player.owner), player.story_id, None, signer, media, base_url,
                                       default_voice)
    by_scene = {picture["scene_number"]: picture for picture in pictures}
    links = await signed_urls(signer, base_url, [p["image_url"] for p in pictures if p["status"] == "completed"])
    # Settled: nothing more is being made, so whatever is missing now stays missing.
    settled = story["status"] in TERMINAL_STATUSES and story["stage"] != REDRAWING_STAGE
    scenes = [_with_picture(scene, by_scene.get(scene.scene_number), links, settled) for scene in read_along.scenes]
    return PlayerStoryView(
        story_id=player.story_id, title=story["title"], status=story["status"], language=read_along.language,
        voice=read_along.voice, complete=read_along.complete,
        finished=settled and all(scene.picture != "pending" for scene in scenes),
        audio_url=read_along.audio_url, duration_seconds=read_along.duration_seconds, scenes=scenes,
    )


def _with_picture(scene: ReadAlongScene, row: dict | None, links: dict[str, str], settled: bool) -> PlayerScene:
    image_url = links.get(row["image_url"]) if row and row["status"] == "completed" else None
    if image_url:
        picture = "ready"
    elif settled or (row and row["status"] not in DRAWING):
        picture = "none"
    else:
        picture = "pending"
    return PlayerScene(**msgspec.structs.asdict(scene), picture=picture, image_url=image_url)
