"""The database-backed cache (``cache_entries``) of seed 000's "Caching Strategy".

Keys are made by ``contracts.names`` and follow the seed's patterns (``story:{hero_id}:{event_type}:{event_id}:{language}:{duration}``,
``audio:{story_id}:{voice}:{language}``, ``avatar:{hero_id}:{generation_id}``,
``scene:{story_id}:{scene_number}:{generation_id}``). Each part is
percent-encoded (``quote(part, safe="")``: ids, language codes and numbers
are unchanged, a ``:`` inside a part cannot forge another key) and a missing
part (``None``) is written ``-``.

TTLs are the seed's: story content 24 h, audio 7 days, avatars and scene
illustrations 30 days, API responses 1 hour.

Values are JSON objects (stored as ``jsonb``; a value read back has JSON's
types: datetimes and UUIDs come back as strings). Expiry is by the database
clock. :func:`get` counts a hit (``access_count`` + 1, ``last_accessed_at``)
in the same statement that reads the value; an expired entry is a miss
until :func:`cleanup_expired` (the migration's ``cleanup_expired_cache()``)
deletes it.

``cache_entries`` is for the server only (no privilege for ``authenticated``),
so every call runs as the connecting role on a connection of its own (see
:func:`db.engine.owner_connection`), outside any request transaction.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import msgspec

from db.engine import owner_connection

__all__ = [
    "API_RESPONSE_TTL",
    "AUDIO_TTL",
    "AVATAR_TTL",
    "SCENE_TTL",
    "STORY_TTL",
    "TTLS",
    "delete",
    "delete_prefix",
    "get",
    "put",
]

STORY_TTL = timedelta(hours=24)
AUDIO_TTL = timedelta(days=7)
AVATAR_TTL = timedelta(days=30)
SCENE_TTL = timedelta(days=30)
API_RESPONSE_TTL = timedelta(hours=1)

TTLS: dict[str, timedelta] = {
    "story": STORY_TTL,
    # Scenes of a text the app keeps (extract-scenes): story content, kept as long.
    "scenes": STORY_TTL,
    "audio": AUDIO_TTL,
    "avatar": AVATAR_TTL,
    "scene": SCENE_TTL,
    "api": API_RESPONSE_TTL,
}
"""TTL by key prefix (the first part of a key)."""


async def get(key: str) -> dict[str, Any] | None:
    """The live value under `key` (counting the hit), or None when absent or expired."""
    async with owner_connection() as connection:
        raw = await connection.fetchval(
            """
            UPDATE cache_entries
               SET access_count = access_count + 1, last_accessed_at = now()
             WHERE key = $1 AND expires_at > now()
            RETURNING value
            """,
            key,
        )
    return None if raw is None else msgspec.json.decode(raw)


async def put(key: str, value: dict[str, Any], ttl: timedelta) -> None:
    """Store `value` under `key` for `ttl`, replacing any earlier entry (and its hit count)."""
    if ttl <= timedelta(0):
        raise ValueError(f"ttl must be positive, got {ttl!r}")
    encoded = msgspec.json.encode(value)
    async with owner_connection() as connection:
        await connection.execute(
            """
            INSERT INTO cache_entries AS c (key, value, expires_at, created_at, access_count,
                                            last_accessed_at, size_bytes)
            VALUES ($1, $2::jsonb, now() + $3::interval, now(), 0, now(), $4)
            ON CONFLICT (key) DO UPDATE
               SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at,
                   created_at = EXCLUDED.created_at, access_count = 0,
                   last_accessed_at = EXCLUDED.last_accessed_at, size_bytes = EXCLUDED.size_bytes
            """,
            key,
            encoded.decode(),
            ttl,
            len(encoded),
        )


async def delete(key: str) -> bool:
    """Forget `key`; whether there was an entry."""
    async with owner_connection() as connection:
        status = await connection.execute("DELETE FROM cache_entries WHERE key = $1", key)
    return status != "DELETE 0"


async def delete_prefix(prefix: str) -> int:
    """Forget every key that starts with `prefix` (e.g. ``f"scene:{story_id}:"``); how many."""
    if not prefix:
        raise ValueError("an empty prefix would empty the whole cache")
    async with owner_connection() as connection:
        status = await connection.execute("DELETE FROM cache_entries WHERE starts_with(key, $1)", prefix)
    return int(status.split()[-1])
