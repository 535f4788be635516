"""Conditional GETs: an ETag on a representation, and 304 Not Modified when the client
already holds it (RFC 9110 §13.1.2), so polling clients pay for changes only."""

from __future__ import annotations

import hashlib

import msgspec
from litestar import Request, Response
from litestar.status_codes import HTTP_200_OK, HTTP_304_NOT_MODIFIED

# Fresh on every poll, but only by revalidation: a proxy or the app may keep the body.
CACHE_CONTROL = "private, no-cache"


def entity_tag(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'


def client_holds(if_none_match: str | None, tag: str) -> bool:
    """Whether an If-None-Match header names `tag` (weak comparison, as for GET)."""
    if not if_none_match:
        return False
    candidates = [part.strip() for part in if_none_match.split(",")]
    return "*" in candidates or any(candidate.removeprefix("W/") == tag for candidate in candidates)


def conditional(request: Request, value: object) -> Response:
    body = msgspec.json.encode(value)
    tag = entity_tag(body)
    headers = {"ETag": tag, "Cache-Control": CACHE_CONTROL}
    if client_holds(request.headers.get("if-none-match"), tag):
        return Response(content=b"", status_code=HTTP_304_NOT_MODIFIED, headers=headers)
    return Response(content=body, status_code=HTTP_200_OK, media_type="application/json", headers=headers)
