"""The codec endpoint operators read encrypted histories through, in the protocol the
Temporal UI and CLI speak (``--ui-codec-endpoint`` / ``--codec-endpoint``):
``POST /codec/encode`` and ``POST /codec/decode`` with ``{"payloads": [...]}``.

Who may use it: a holder of the operator credential (``Authorization: Bearer <token>``,
the token printed by ``storyloom operator-token``), or the stack's own Temporal UI in
the operator's browser, recognised by its origin (``STORYLOOM_TEMPORAL_UI_URL``, set
by ``up``): the UI cannot send credentials of its own.
"""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path

from litestar import Request, Response, post
from litestar.types import ASGIApp, Receive, Scope, Send

from api.http.errors import ApiError
from contracts.codec import PayloadKeyError, payloads_from_json, payloads_to_json

OPERATOR_TOKEN_FILE = "operator-token"
ALLOWED_HEADERS = "content-type, x-namespace, authorization, caller-type, client-name, client-version"


def operator_token(home: Path) -> str:
    """STORYLOOM_OPERATOR_TOKEN, else a token made once under the home (owner-only)."""
    configured = os.environ.get("STORYLOOM_OPERATOR_TOKEN")
    if configured:
        return configured
    path = home / OPERATOR_TOKEN_FILE
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(descriptor, "w") as handle:
                handle.write(secrets.token_urlsafe(32))
    return path.read_text().strip()


def _ui_origin(request: Request) -> str | None:
    ui = os.environ.get("STORYLOOM_TEMPORAL_UI_URL", "").rstrip("/")
    origin = request.headers.get("origin", "").rstrip("/")
    return origin if ui and origin and hmac.compare_digest(origin, ui) else None


def _cors(request: Request) -> dict[str, str]:
    origin = _ui_origin(request)
    if origin is None:
        return {}
    return {"Access-Control-Allow-Origin": origin, "Access-Control-Allow-Methods": "POST, OPTIONS",
            "Access-Control-Allow-Headers": ALLOWED_HEADERS, "Access-Control-Allow-Credentials": "true",
            "Vary": "Origin"}


def _authorise(request: Request) -> None:
    if _ui_origin(request):
        return
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    expected = operator_token(request.app.state.settings.home)
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip(), expected):
        raise ApiError(401, "UNAUTHORIZED", "The codec endpoint needs the operator credential",
                       headers={"WWW-Authenticate": 'Bearer realm="storyloom-operators"'})


async def _transcode(request: Request, direction: str) -> Response:
    _authorise(request)
    body = await request.json()
    items = body.get("payloads") if isinstance(body, dict) else None
    if not isinstance(items, list):
        raise ApiError(400, "INVALID_REQUEST", "The body needs a list of payloads",
                       {"fields": [{"field": "payloads", "message": "a list is required"}]})
    try:
        payloads = payloads_from_json(items)
    except (ValueError, TypeError, AttributeError):
        raise ApiError(400, "INVALID_REQUEST", "A payload is not base64 metadata and data") from None
    codec = request.app.state.temporal.data_converter.payload_codec
    try:
        coded = await (codec.encode(payloads) if direction == "encode" else codec.decode(payloads))
    except PayloadKeyError as error:
        raise ApiError(400, "INVALID_REQUEST", str(error)) from None
    return Response({"payloads": payloads_to_json(coded)}, headers=_cors(request))


@post("/codec/encode", status_code=200, include_in_schema=False, opt={"record_usage": False})
async def codec_encode(request: Request) -> Response:
    return await _transcode(request, "encode")


@post("/codec/decode", status_code=200, include_in_schema=False, opt={"record_usage": False})
async def codec_decode(request: Request) -> Response:
    return await _transcode(request, "decode")


def codec_preflight_middleware(app: ASGIApp) -> ASGIApp:
    """Answers the browser's CORS preflight for the codec endpoint (only the stack's own
    Temporal UI gets the allow headers); everything else goes on."""

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "OPTIONS" and scope["path"].startswith("/codec/"):
            headers = _cors(Request(scope))
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]})
            await send({"type": "http.response.body", "body": b""})
            return
        await app(scope, receive, send)

    return middleware
