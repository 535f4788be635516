"""Serves locally stored media behind signed, expiring links, in byte ranges when asked
(an <audio> element seeks with them)."""

from __future__ import annotations

import mimetypes
import re

from litestar import Request, get
from litestar.datastructures import ETag
from litestar.response import File, Stream

from api.http.byte_ranges import Unsatisfiable, file_part, range_still_valid, requested_range, validators
from api.http.errors import ApiError

# Storage keys are ours: path segments of letters, digits and - _ . only.
VALID_KEY = re.compile(r"[A-Za-z0-9_\-.]+(?:/[A-Za-z0-9_\-.]+)*")


@get("/media/{key:path}", include_in_schema=False)
async def download_media(request: Request, key: str, expires: int, signature: str) -> File | Stream:
    state = request.app.state
    key = key.lstrip("/")
    if not VALID_KEY.fullmatch(key) or ".." in key.split("/"):
        raise ApiError(400, "INVALID_REQUEST", "This is not a media key", {"fields": [{"field": "key",
                                                                                       "message": "not a media key"}]})
    if not state.signer.is_valid(key, expires, signature):
        raise ApiError(403, "UNAUTHORIZED", "This media link is invalid or has expired")
    root = state.settings.media_dir
    path = (root / key).resolve()
    if root not in path.parents or not path.is_file():
        raise ApiError(404, "NOT_FOUND", "Media was not found")
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    size = path.stat().st_size
    asked = request.headers.get("range")
    if asked and range_still_valid(request.headers.get("if-range"), path):
        try:
            part = requested_range(asked, size)
        except Unsatisfiable:
            raise ApiError(416, "INVALID_REQUEST", "The range asked for is not in this file",
                           {"size": size}, headers={"Content-Range": f"bytes */{size}"}) from None
        if part is not None:
            first, last = part
            etag, modified = validators(path)
            return Stream(file_part(path, first, last), status_code=206, media_type=media_type, headers={
                "Content-Range": f"bytes {first}-{last}/{size}", "Content-Length": str(last - first + 1),
                "Accept-Ranges": "bytes", "ETag": etag, "Last-Modified": modified,
            })
    # The ranges' ETag (File adds the same Last-Modified), so a later If-Range can match.
    etag, _ = validators(path)
    return File(path=path, media_type=media_type, content_disposition_type="inline",
                headers={"Accept-Ranges": "bytes"}, etag=ETag(value=etag.strip('"')))
