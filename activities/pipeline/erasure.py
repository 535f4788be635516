"""Erasing a story, a hero or a whole account: stored media first, then rows.

Media goes first so that an interrupted erasure, retried, still finds the rows
that say what to erase; every step is idempotent.
"""

from __future__ import annotations

from temporalio import activity

from activities.storage import Storage
from contracts.activities import ErasureInput, ErasureResult
from contracts.names import ASSETS, AUDIO, AVATARS, ILLUSTRATIONS
from db.engine import ENGINE
from db.tables import (
    ApiUsage,
    CacheEntries,
    ContentFlags,
    CustomEvents,
    Heroes,
    RateLimits,
    Stories,
)


class ErasureActivities:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    @activity.defn
    async def erase(self, request: ErasureInput) -> ErasureResult:
        user = request.user_id
        if request.story_id:
            prefixes = [f"{AUDIO}/{user}/{request.story_id}", f"{ILLUSTRATIONS}/{user}/{request.story_id}"]
        elif request.hero_id:
            prefixes = [f"{AVATARS}/{user}/{request.hero_id}"]
        else:
            prefixes = [f"{bucket}/{user}" for bucket in (ASSETS, AVATARS, AUDIO, ILLUSTRATIONS)]
        objects = 0
        for prefix in prefixes:
            objects += await self.storage.delete_prefix(prefix)
            activity.heartbeat(prefix)
        rows = await self._delete_rows(request)
        return ErasureResult(objects_deleted=objects, rows_deleted=rows)

    @staticmethod
    async def _delete_rows(request: ErasureInput) -> int:
        user = request.user_id
        async with ENGINE.transaction():
            if request.story_id:
                story_ids, hero_ids = [request.story_id], []
            elif request.hero_id:
                story_ids, hero_ids = [], [request.hero_id]
            else:
                story_ids = [str(row["id"]) for row in await Stories.select(Stories.id).where(Stories.user_id == user)]
                hero_ids = [str(row["id"]) for row in await Heroes.select(Heroes.id).where(Heroes.user_id == user)]
            # The user's own entries too: texts read aloud with no story are cached under the user.
            deleted = await _delete_cache_for(story_ids, hero_ids + ([] if request.story_id or request.hero_id else [user]))
            if request.story_id:
                deleted += len(await Stories.delete().where((Stories.id == request.story_id) & (Stories.user_id == user)).returning(Stories.id))
            elif request.hero_id:
                deleted += len(await Heroes.delete().where((Heroes.id == request.hero_id) & (Heroes.user_id == user)).returning(Heroes.id))
            else:
                # Scenes, illustrations and gallery rows go with their parents (ON DELETE CASCADE).
                for table in (Stories, Heroes, CustomEvents, ApiUsage, RateLimits, ContentFlags):
                    deleted += len(await table.delete().where(table.user_id == user).returning(table.id))
        return deleted


async def _delete_cache_for(story_ids: list[str], hero_ids: list[str]) -> int:
    """Cache keys name the story or hero they belong to (seed 000's key patterns)."""
    deleted = 0
    for identifier in [*story_ids, *hero_ids]:
        rows = await CacheEntries.delete().where(CacheEntries.key.like(f"%:{identifier}:%")).returning(CacheEntries.key)
        deleted += len(rows)
    return deleted
