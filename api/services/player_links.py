"""Signed, expiring links to a story's player page, opened without a bearer token (a
parent shares it with a browser, a browser cannot send one).

Signed like the local media links (HMAC-SHA256 under a key derived from the JWT
secret, the same lifetime), under a key of their own and over the story and its
owner: a player link opens that one story, read as that owner, and nothing else.
"""

from __future__ import annotations

import hmac
import time
from dataclasses import dataclass
from uuid import UUID

from api.http.errors import ApiError
from api.services.media_links import link_key

PLAYER_PATH = "/player"


@dataclass(frozen=True)
class PlayerPass:
    """What a valid player link lets its holder read: this story, as this owner."""

    story_id: UUID
    owner: UUID


class PlayerSigner:
    def __init__(self, secret: str, ttl_seconds: int) -> None:
        self._key = link_key(secret, b"storyloom player links")
        self.ttl_seconds = ttl_seconds

    def _signature(self, story_id: UUID, owner: UUID, expires: int) -> str:
        return hmac.new(self._key, f"player\n{story_id}\n{owner}\n{expires}".encode(), "sha256").hexdigest()

    def url(self, base_url: str, story_id: UUID | str, owner: UUID | str, now: float | None = None) -> str:
        story_id, owner = UUID(str(story_id)), UUID(str(owner))
        expires = int((now or time.time()) + self.ttl_seconds)
        return (f"{base_url.rstrip('/')}{PLAYER_PATH}/{story_id}"
                f"?owner={owner}&expires={expires}&signature={self._signature(story_id, owner, expires)}")

    def admit(self, story_id: UUID, owner: UUID, expires: int, signature: str,
              now: float | None = None) -> PlayerPass:
        """The pass a link grants, or 403 in the envelope: forged, altered or expired
        are told apart by nobody but us (the message is the same)."""
        # Compared as bytes: a signature altered into non-ASCII characters is a wrong
        # signature, not a TypeError.
        if expires < (now or time.time()) or not hmac.compare_digest(
                self._signature(story_id, owner, expires).encode(), signature.encode()):
            raise ApiError(403, "UNAUTHORIZED", "This player link is invalid or has expired")
        return PlayerPass(story_id, owner)
