"""JSON request bodies made safe to validate, before any route sees them.

One place turns every malformed body into a clear 4xx instead of a crash deeper in:
a body larger than the limit is 413, bytes that are not UTF-8 or not JSON are 400,
nesting deeper than any of our requests needs is 400 (a body nested a thousand deep
would otherwise exhaust the recursion of whatever walks it). Every string is trimmed,
so a name made of spaces fails its length check and is named in the answer, rather
than reaching a database constraint. Bodies sent to the app's functions
(`/functions/v1/…`) may spell their keys in camelCase, as the iOS integration guide's
Swift models encode them (`heroId`, `targetDuration`, `storyId`): they are read as
snake_case.
"""

from __future__ import annotations

import re

import msgspec
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from api.http.errors import ApiError

MAX_BODY_BYTES = 1_048_576
# Our deepest request is three levels (event → data → field); this leaves room.
MAX_DEPTH = 32
_WITH_BODY = {"POST", "PUT", "PATCH", "DELETE"}


def _invalid(message: str, status: int = 400) -> ApiError:
    return ApiError(status, "INVALID_REQUEST", message, {"fields": [{"field": "body", "message": message}]})


def nesting_depth(raw: bytes) -> int:
    """How deeply arrays and objects nest, counted without parsing (strings skipped)."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_DEPTH:
                return deepest
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return deepest


def _trimmed(value):
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return [_trimmed(item) for item in value]
    if isinstance(value, dict):
        return {key: _trimmed(item) for key, item in value.items()}
    return value


_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])([A-Z])")
CAMEL_CASE_PATHS = ("/functions/v1/",)


def snake_keys(value):
    """Every object key in snake_case ("heroId" → "hero_id"); a key spelt both ways is 400."""
    if isinstance(value, list):
        return [snake_keys(item) for item in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, item in value.items():
        snake = _CAMEL_HUMP.sub(r"_\1", key).lower() if isinstance(key, str) else key
        if snake in out:
            raise _invalid(f"the body names {snake!r} twice (as {key!r} too)")
        out[snake] = snake_keys(item)
    return out


def normalised_body(raw: bytes, camel_case_keys: bool = False) -> bytes:
    """The body re-encoded with every string trimmed (and, where asked, every key in
    snake_case), or the 4xx it deserves."""
    if len(raw) > MAX_BODY_BYTES:
        raise _invalid(f"the body is larger than {MAX_BODY_BYTES} bytes", 413)
    if not raw.strip():
        return raw
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _invalid("the body is not valid UTF-8") from None
    if nesting_depth(raw) > MAX_DEPTH:
        raise _invalid(f"the body nests deeper than {MAX_DEPTH} levels")
    try:
        value = msgspec.json.decode(raw)
    except msgspec.DecodeError as error:
        raise _invalid(f"the body is not valid JSON: {error}") from None
    value = _trimmed(value)
    return msgspec.json.encode(snake_keys(value) if camel_case_keys else value)


def _is_json(scope: Scope) -> bool:
    for name, value in scope.get("headers", []):
        if name == b"content-type":
            return b"json" in value.lower()
    return False


def request_body_middleware(app: ASGIApp) -> ASGIApp:
    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _WITH_BODY or not _is_json(scope):
            await app(scope, receive, send)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise _invalid(f"the body is larger than {MAX_BODY_BYTES} bytes", 413)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = normalised_body(b"".join(chunks), scope["path"].startswith(CAMEL_CASE_PATHS))
        scope["headers"] = [(k, v) for k, v in scope["headers"] if k != b"content-length"] + [
            (b"content-length", str(len(body)).encode())
        ]
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await app(scope, replay, send)

    return middleware
