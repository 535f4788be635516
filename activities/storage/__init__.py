"""Where media lives. Activities upload bytes and hand back a key ("bucket/path");
only keys travel through workflow history and the database."""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from pathlib import Path
from typing import Protocol

from contracts.names import BUCKETS


class Storage(Protocol):
    name: str

    async def prepare(self) -> None:
        """Makes the backend ready (buckets, folders) when a worker starts."""

    async def put(self, key: str, data: bytes, content_type: str) -> None: ...

    async def exists(self, key: str) -> bool: ...

    async def get(self, key: str) -> bytes: ...

    async def delete_prefix(self, prefix: str) -> int: ...


def _checked_path(root: Path, key: str) -> Path:
    bucket, _, rest = key.partition("/")
    if bucket not in BUCKETS or not rest:
        raise ValueError(f"storage key {key!r} must start with one of {BUCKETS}")
    path = (root / key).resolve()
    if root not in path.parents:
        raise ValueError(f"storage key {key!r} escapes the media directory")
    return path


class LocalStorage:
    """Files under one directory; the API serves them through signed, expiring links."""

    name = "local"

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    async def prepare(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        await asyncio.to_thread(self._write, _checked_path(self.root, key), data)

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        # Write then rename, so a reader (or a retried activity) never sees half a file.
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, prefix=".upload-") as handle:
            handle.write(data)
            temporary = Path(handle.name)
        os.replace(temporary, path)

    async def exists(self, key: str) -> bool:
        return _checked_path(self.root, key).is_file()

    async def get(self, key: str) -> bytes:
        return await asyncio.to_thread(_checked_path(self.root, key).read_bytes)

    async def delete_prefix(self, prefix: str) -> int:
        target = _checked_path(self.root, prefix.rstrip("/"))
        if target.is_file():
            target.unlink()
            return 1
        if not target.is_dir():
            return 0
        count = sum(1 for item in target.rglob("*") if item.is_file())
        await asyncio.to_thread(shutil.rmtree, target)
        return count
