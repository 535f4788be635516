"""Byte ranges of a stored file (RFC 9110 §14), so that a browser's <audio> (or the
app's player) can seek in an MP3 served from the local media folder: without them
Chromium can only play from the start. One range per request, as media players ask;
a request for several, or a Range header we cannot read, gets the whole file, which
the RFC allows."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from email.utils import formatdate
from pathlib import Path

_RANGE = re.compile(r"bytes=(\d*)-(\d*)")
CHUNK_BYTES = 64 * 1024


class Unsatisfiable(Exception):
    """The range asked for lies wholly past the end of the file (416)."""


def requested_range(header: str, size: int) -> tuple[int, int] | None:
    """The one range `header` asks for, as (first, last) byte offsets inclusive; None
    for no usable range (serve the whole file)."""
    match = _RANGE.fullmatch(header.strip().replace(" ", ""))
    if match is None or not (match[1] or match[2]):
        return None
    if size == 0:
        raise Unsatisfiable
    if not match[1]:
        # The last N bytes.
        length = int(match[2])
        if length == 0:
            raise Unsatisfiable
        return max(0, size - length), size - 1
    first = int(match[1])
    last = int(match[2]) if match[2] else size - 1
    if match[2] and last < first:
        return None
    if first >= size:
        raise Unsatisfiable
    return first, min(last, size - 1)


def validators(path: Path) -> tuple[str, str]:
    """The ETag and Last-Modified that a range response carries, and If-Range is checked against."""
    stat = path.stat()
    return f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"', formatdate(stat.st_mtime, usegmt=True)


def range_still_valid(if_range: str | None, path: Path) -> bool:
    """If-Range: the range holds only while the file is the one the client has part of."""
    return if_range is None or if_range.strip() in validators(path)


async def file_part(path: Path, first: int, last: int) -> AsyncIterator[bytes]:
    with path.open("rb") as handle:
        handle.seek(first)
        left = last - first + 1
        while left > 0:
            chunk = await asyncio.to_thread(handle.read, min(CHUNK_BYTES, left))
            if not chunk:
                return
            left -= len(chunk)
            yield chunk
