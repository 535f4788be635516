"""The Supabase project's async client, shared by the API (signing media links) and
the worker (storing media). It lives in `db` because that is the one package both
may import, and Supabase is the platform the database belongs to."""

from __future__ import annotations

import asyncio

import httpx
from supabase import AsyncClient, AsyncClientOptions, acreate_client


def split_storage_key(key: str, buckets: tuple[str, ...] | None = None) -> tuple[str, str]:
    """"story-audio/u/s/voice/scene-1.mp3" -> ("story-audio", "u/s/voice/scene-1.mp3");
    `buckets`, when given, are the only buckets allowed."""
    bucket, _, path = key.partition("/")
    path = path.strip("/")
    if not bucket or (buckets is not None and bucket not in buckets) or not path:
        allowed = f"one of {buckets}" if buckets is not None else "a bucket"
        raise ValueError(f"storage key {key!r} must start with {allowed} and name a path")
    if any(part in ("", ".", "..") for part in path.split("/")):
        raise ValueError(f"storage key {key!r} has an empty or dot segment")
    return bucket, path


class LoopBoundSupabase:
    """One `supabase.AsyncClient` per event loop: httpx connections belong to the loop
    that opened them, and the worker and tests run more than one loop."""

    def __init__(self, url: str, key: str, timeout: float) -> None:
        if not url or not key:
            raise ValueError("a Supabase URL and service-role key are both required")
        self.url = url.rstrip("/")
        self._key = key
        self._timeout = timeout
        self._client: AsyncClient | None = None
        self._http: httpx.AsyncClient | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock: asyncio.Lock | None = None
        self._lock_loop: asyncio.AbstractEventLoop | None = None

    async def get(self) -> AsyncClient:
        loop = asyncio.get_running_loop()
        if self._client is not None and self._loop is loop:
            return self._client
        if self._lock_loop is not loop:
            self._lock, self._lock_loop = asyncio.Lock(), loop
        assert self._lock is not None
        async with self._lock:
            if self._client is None or self._loop is not loop:
                http = httpx.AsyncClient(timeout=self._timeout, follow_redirects=True)
                options = AsyncClientOptions(httpx_client=http, auto_refresh_token=False, persist_session=False)
                self._client = await acreate_client(self.url, self._key, options=options)
                self._http, self._loop = http, loop
        return self._client

    async def aclose(self) -> None:
        if self._http is not None and self._loop is asyncio.get_running_loop():
            await self._http.aclose()
        self._client = self._http = self._loop = None
