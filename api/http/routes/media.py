"""Serves locally stored media behind signed, expiring links."""

from __future__ import annotations

import mimetypes
import re

from litestar import Request, get
from litestar.response import File

from api.http.errors import ApiError

# Storage keys are ours: path segments of letters, digits and - _ . only.
VALID_KEY = re.compile(r"[A-Za-z0-9_\-.]+(?:/[A-Za-z0-9_\-.]+)*")


@get("/media/{key:path}", include_in_schema=False)
async def download_media(request: Request, key: str, expires: int, signature: str) -> File:
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
    return File(path=path, media_type=mimetypes.guess_type(path.name)[0] or "application/octet-stream",
                content_disposition_type="inline")
