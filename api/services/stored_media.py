"""Reads small records the worker stores beside the media (a scene's read-along words),
from wherever the media lives: the local media folder, or Supabase Storage.

The API only ever reads here; the worker writes (activities.storage). A record that is
not there yet is None: a scene not narrated yet is a normal answer, not an error.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Protocol

import httpx
from storage3.exceptions import StorageApiError

from contracts.names import BUCKETS
from db.supabase_client import LoopBoundSupabase, split_storage_key


class MediaUnavailable(RuntimeError):
    """The media store could not be read (not: the record is missing)."""


class MediaReader(Protocol):
    async def read(self, key: str) -> bytes | None: ...


class LocalMedia:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    async def read(self, key: str) -> bytes | None:
        split_storage_key(key, BUCKETS)
        path = (self.root / key).resolve()
        if self.root not in path.parents:
            raise ValueError(f"storage key {key!r} escapes the media directory")
        try:
            return await asyncio.to_thread(path.read_bytes)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise MediaUnavailable(str(error)) from error


class SupabaseMedia:
    def __init__(self, url: str, service_role_key: str, timeout: float = 10.0) -> None:
        self._clients = LoopBoundSupabase(url, service_role_key, timeout)

    async def read(self, key: str) -> bytes | None:
        bucket, path = split_storage_key(key, BUCKETS)
        try:
            client = await self._clients.get()
            return await client.storage.from_(bucket).download(path)
        except StorageApiError as error:
            # Supabase Storage answers a missing object with 404 (some versions: 400, "not found").
            if str(error.status) == "404" or "not found" in str(error.message).lower():
                return None
            raise MediaUnavailable(str(error)) from error
        except (httpx.HTTPError, OSError) as error:
            raise MediaUnavailable(str(error)) from error

    async def aclose(self) -> None:
        await self._clients.aclose()
