"""Media in Supabase Storage, through the official `supabase` client (storage3).

Keys keep the shape of `activities.storage`: "bucket/path", the first segment
one of the four private buckets of the deployment guide. Every call goes
through the async client (`supabase.acreate_client`), so nothing blocks the
worker's event loop.
"""

from __future__ import annotations

from typing import Any

from storage3.exceptions import StorageApiError

from contracts.names import BUCKETS
from db.supabase_client import LoopBoundSupabase, split_storage_key

# Supabase Storage lists and removes at most 1000 names a call.
PAGE = 1000


def split_key(key: str) -> tuple[str, str]:
    return split_storage_key(key, BUCKETS)


def is_not_found(error: StorageApiError) -> bool:
    return str(error.status) == "404"


class StorageBackendError(RuntimeError):
    """The storage backend is reachable but not in the state Storyloom needs."""


class SupabaseStorage:
    """The `Storage` protocol over Supabase Storage, with the service-role key."""

    name = "supabase"

    def __init__(self, url: str, service_role_key: str, *, timeout: float = 30.0) -> None:
        self._clients = LoopBoundSupabase(url, service_role_key, timeout)

    @property
    def url(self) -> str:
        return self._clients.url

    async def _bucket(self, bucket: str) -> Any:
        client = await self._clients.get()
        return client.storage.from_(bucket)

    async def aclose(self) -> None:
        await self._clients.aclose()

    # -- buckets ---------------------------------------------------------------

    async def prepare(self) -> None:
        await self.ensure_buckets()

    async def ensure_buckets(self) -> list[str]:
        """Creates the four buckets when absent, private; makes an existing public one private.

        Returns the ids of the buckets created (or made private). Idempotent, and
        safe against another process creating the same bucket at the same time.
        """
        storage = (await self._clients.get()).storage
        existing = {bucket.id: bucket for bucket in await storage.list_buckets()}
        changed: list[str] = []
        for bucket_id in BUCKETS:
            current = existing.get(bucket_id)
            if current is None:
                try:
                    await storage.create_bucket(bucket_id, options={"public": False})
                except StorageApiError as error:
                    if str(error.status) != "409" and "exist" not in error.message.lower():
                        raise
                    continue
                changed.append(bucket_id)
            elif current.public:
                await storage.update_bucket(bucket_id, {"public": False})
                changed.append(bucket_id)
        return changed

    async def check(self) -> None:
        """For a health check: raises unless every bucket exists and is private."""
        storage = (await self._clients.get()).storage
        buckets = {bucket.id: bucket for bucket in await storage.list_buckets()}
        missing = [bucket for bucket in BUCKETS if bucket not in buckets]
        public = [bucket for bucket in BUCKETS if bucket in buckets and buckets[bucket].public]
        if missing or public:
            raise StorageBackendError(f"buckets missing: {missing or 'none'}; public: {public or 'none'}")

    # -- objects ---------------------------------------------------------------

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        bucket, path = split_key(key)
        # upsert: a retried activity overwrites its own earlier upload.
        await (await self._bucket(bucket)).upload(
            path, data, {"content-type": content_type, "upsert": "true", "cache-control": "3600"}
        )

    async def exists(self, key: str) -> bool:
        bucket, path = split_key(key)
        return await (await self._bucket(bucket)).exists(path)

    async def get(self, key: str) -> bytes:
        bucket, path = split_key(key)
        try:
            return await (await self._bucket(bucket)).download(path)
        except StorageApiError as error:
            if is_not_found(error):
                raise FileNotFoundError(key) from error
            raise

    async def delete_prefix(self, prefix: str) -> int:
        """Removes the object named `prefix`, if any, and every object below it; returns how many."""
        bucket, path = split_key(prefix.rstrip("/"))
        files = await self._bucket(bucket)
        names = [path] if await files.exists(path) else []
        names += await self._walk(files, path)
        deleted = 0
        for start in range(0, len(names), PAGE):
            deleted += len(await files.remove(names[start:start + PAGE]))
        return deleted

    async def _walk(self, files: Any, folder: str) -> list[str]:
        """Every object below `folder`, depth first (a listing holds files, and folders with no id)."""
        found: list[str] = []
        offset = 0
        while True:
            page = await files.list(folder, {"limit": PAGE, "offset": offset, "sortBy": {"column": "name", "order": "asc"}})
            for entry in page:
                name = f"{folder}/{entry['name']}"
                if entry.get("id") is None:
                    found += await self._walk(files, name)
                else:
                    found.append(name)
            if len(page) < PAGE:
                return found
            offset += PAGE
