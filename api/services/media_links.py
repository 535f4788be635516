"""Signed, expiring links to stored media, downloadable without a bearer token
(an <audio> tag or an image cache cannot send one)."""

from __future__ import annotations

import hashlib
import hmac
import time
from urllib.parse import quote


def link_key(secret: str, purpose: bytes) -> bytes:
    """A key of its own for each kind of link, derived from the JWT secret: a leaked link
    reveals nothing about tokens, and a signature made for one kind opens no other."""
    return hmac.new(secret.encode(), purpose, hashlib.sha256).digest()


class MediaSigner:
    def __init__(self, secret: str, ttl_seconds: int) -> None:
        self._key = link_key(secret, b"storyloom media links")
        self.ttl_seconds = ttl_seconds

    def _signature(self, key: str, expires: int) -> str:
        return hmac.new(self._key, f"{key}\n{expires}".encode(), hashlib.sha256).hexdigest()

    def url(self, base_url: str, key: str | None, now: float | None = None) -> str | None:
        if not key:
            return None
        expires = int((now or time.time()) + self.ttl_seconds)
        return f"{base_url.rstrip('/')}/media/{quote(key)}?expires={expires}&signature={self._signature(key, expires)}"

    def is_valid(self, key: str, expires: int, signature: str, now: float | None = None) -> bool:
        if expires < (now or time.time()):
            return False
        # As bytes: a signature altered into non-ASCII characters is wrong, not a TypeError (a 500).
        return hmac.compare_digest(self._signature(key, expires).encode(), signature.encode())


async def signed_urls(signer, base_url: str, keys) -> dict[str, str]:
    """Links for many storage keys at once, whichever backend signs them: local
    links are computed here; Supabase signs a bucket's keys in one request."""
    wanted = [key for key in dict.fromkeys(keys) if key]
    if not wanted:
        return {}
    if isinstance(signer, MediaSigner):
        return {key: signer.url(base_url, key) for key in wanted}
    return await signer.urls_async(wanted)
