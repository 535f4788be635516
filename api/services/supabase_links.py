"""Signed, expiring links to media in Supabase Storage.

The link is Supabase's own signed URL (`$SUPABASE_URL/storage/v1/object/sign/<bucket>/<path>?token=...`),
downloadable without a bearer token.

Creating a link is a round trip to the Storage API, so handlers ask for many at
once (`urls_async`: one request per bucket). Links are cached and reused until
half their lifetime has passed, so a page rendered twice does not sign twice.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from urllib.parse import urlsplit

from db.supabase_client import LoopBoundSupabase, split_storage_key

CACHE_SIZE = 10_000


class SupabaseSigner:
    def __init__(self, url: str, service_role_key: str, ttl_seconds: int, *, public_url: str | None = None,
                 timeout: float = 10.0) -> None:
        if ttl_seconds < 2:
            raise ValueError("ttl_seconds must be at least 2")
        self.ttl_seconds = ttl_seconds
        # The storage base the links are written under; `public_url` when the API
        # reaches Supabase by an internal name that browsers cannot.
        self.storage_base = f"{(public_url or url).rstrip('/')}/storage/v1"
        self._async = LoopBoundSupabase(url, service_role_key, timeout)
        self._cache: OrderedDict[str, tuple[str, float]] = OrderedDict()
        self._cache_lock = threading.Lock()

    # -- the link ------------------------------------------------------------------

    def absolute(self, signed: str) -> str:
        """Puts a signed URL (relative `/object/sign/...?token=`, or absolute) under `storage_base`."""
        parts = urlsplit(signed)
        path = parts.path
        marker = path.find("/object/sign/")
        if marker < 0:
            raise ValueError(f"not a Supabase signed URL: {signed!r}")
        query = f"?{parts.query}" if parts.query else ""
        return f"{self.storage_base}{path[marker:]}{query}"

    def _cached(self, key: str, now: float) -> str | None:
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit and hit[1] > now:
                return hit[0]
        return None

    def _remember(self, key: str, link: str, now: float) -> None:
        with self._cache_lock:
            self._cache[key] = (link, now + self.ttl_seconds / 2)
            self._cache.move_to_end(key)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)

    def forget_user(self, user_id: str) -> None:
        """Drops the cached links to a user's objects ("bucket/<user id>/..."), after an erasure."""
        with self._cache_lock:
            for key in [key for key in self._cache if key.split("/", 2)[1:2] == [str(user_id)]]:
                del self._cache[key]

    # -- async (use these from handlers) ----------------------------------------------

    async def urls_async(self, keys: Iterable[str | None]) -> dict[str, str]:
        """Links for many keys, one request per bucket; keys the Storage API could not sign are left out."""
        now = time.time()
        links: dict[str, str] = {}
        wanted: dict[str, list[str]] = {}
        for key in {key for key in keys if key}:
            if (hit := self._cached(key, now)) is not None:
                links[key] = hit
            else:
                bucket, path = split_storage_key(key)
                wanted.setdefault(bucket, []).append(path)
        if wanted:
            client = await self._async.get()
            for bucket, paths in wanted.items():
                for item in await client.storage.from_(bucket).create_signed_urls(paths, self.ttl_seconds):
                    if item.get("error") or not item.get("signedURL"):
                        continue
                    key = f"{bucket}/{item['path']}"
                    links[key] = self.absolute(item["signedURL"])
                    self._remember(key, links[key], now)
        return links

    async def check(self, buckets: Iterable[str]) -> None:
        """For the health check: raises unless each bucket exists and is private."""
        wanted = list(buckets)
        client = await self._async.get()
        found = {bucket.id: bucket for bucket in await client.storage.list_buckets()}
        missing = [name for name in wanted if name not in found]
        public = [name for name in wanted if name in found and found[name].public]
        if missing or public:
            raise RuntimeError(f"storage buckets missing: {missing or 'none'}; public: {public or 'none'}")

    async def aclose(self) -> None:
        await self._async.aclose()
